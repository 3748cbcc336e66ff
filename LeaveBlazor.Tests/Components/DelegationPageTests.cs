using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using LeaveBlazor.Web.Identity;
using MudBlazor;

namespace LeaveBlazor.Tests.Components;

/// <summary>Dana names Sam to stand in for her on the Delegation page, sees it, and ends it.</summary>
public sealed class DelegationPageTests : LeavePageTest
{
    [Fact]
    public async Task Saving_a_delegate_for_days_shows_it_in_force()
    {
        var page = OpenPage();

        await ChooseDelegateAsync(page, TestPeople.Sam.Email);
        page.Find("input[data-testid=to]").Change("2026-12-11");
        page.Find("button[data-testid=save-delegation]").Click();

        page.WaitForAssertion(() => Assert.Equal("Sam Other stands in for you from 30 Nov 2026 to 11 Dec 2026 (in force today).",
            page.Find("[data-testid=current-delegation]").TextContent.Trim()));
    }

    [Fact]
    public async Task A_period_already_over_is_refused_on_the_last_day()
    {
        var page = OpenPage();

        await ChooseDelegateAsync(page, TestPeople.Sam.Email);
        page.Find("input[data-testid=from]").Change("2026-11-20");
        page.Find("input[data-testid=to]").Change("2026-11-27");
        page.Find("button[data-testid=save-delegation]").Click();

        page.WaitForAssertion(() => Assert.Contains("The period is already over (27 Nov 2026): give a last day from today on.", page.Markup));
        Assert.Null(await Database.InScopeAsync<DelegateApprovals, DelegationView?>(d => d.CurrentAsync(TestPeople.Dana.Id)));
    }

    [Fact]
    public async Task Saving_without_a_delegate_asks_for_one()
    {
        var page = OpenPage();

        page.Find("button[data-testid=save-delegation]").Click();

        page.WaitForAssertion(() => Assert.Contains("Give the email of the approver who stands in for you.", page.Markup));
    }

    [Fact]
    public async Task Ending_the_delegation_removes_it()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);
        var page = OpenPage();

        page.Find("button[data-testid=end-delegation]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=current-delegation]")));
        Assert.Null(await Database.InScopeAsync<DelegateApprovals, DelegationView?>(d => d.CurrentAsync(TestPeople.Dana.Id)));
    }

    [Fact]
    public void Only_active_approvers_other_than_oneself_are_offered()
    {
        var page = OpenPage();

        var offered = page.FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value);

        Assert.Equal([TestPeople.Sam.Email], offered);
    }

    private IRenderedComponent<ContainerFragment> OpenPage()
    {
        SignIn(TestPeople.Dana, Roles.Approver);
        var page = RenderPage<Delegation>();
        page.WaitForElement("button[data-testid=save-delegation]");
        return page;
    }

    private static async Task ChooseDelegateAsync(IRenderedComponent<ContainerFragment> page, string email)
    {
        var select = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Delegate");
        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(email));
    }
}
