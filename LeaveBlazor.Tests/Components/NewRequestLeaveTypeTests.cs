using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using MudBlazor;

namespace LeaveBlazor.Tests.Components;

/// <summary>The new-request form offers the active leave types, each with its colour, and follows each one's policy.</summary>
public sealed class NewRequestLeaveTypeTests : LeavePageTest
{
    [Fact]
    public async Task Form_offers_the_active_types_each_with_its_colour()
    {
        await Database.SetLeaveTypeActiveAsync("Unpaid", active: false);
        var page = OpenForm();

        await OpenTypesAsync(page);

        page.WaitForAssertion(() => Assert.Equal(["#2e5e8c Annual", "#c62828 Sick", "#7b1fa2 Other"],
            page.FindAll(".mud-popover-open .mud-list-item")
                .Select(item => $"{item.QuerySelector("[data-testid=leave-type-dot]")?.GetAttribute("data-colour")} {item.TextContent.Trim()}")));
    }

    [Fact]
    public void First_active_type_is_chosen_to_start_with()
    {
        var page = OpenForm();

        Assert.Equal("Annual", page.Find("[data-testid=leave-type]").TextContent.Trim());
    }

    [Fact]
    public async Task Type_taken_in_whole_days_disables_the_half_day_boxes_and_says_why()
    {
        var page = OpenForm();

        await ChooseTypeAsync(page, "Sick");

        page.WaitForAssertion(() => Assert.Equal((true, true, "Sick leave is taken in whole days, so there are no half days."),
            (page.Find("input[data-testid=half-day-start]").HasAttribute("disabled"), page.Find("input[data-testid=half-day-end]").HasAttribute("disabled"),
                page.Find("[data-testid=whole-days-note]").TextContent.Trim())));
    }

    [Fact]
    public async Task Choosing_a_type_taken_in_whole_days_clears_a_ticked_half_day()
    {
        var page = OpenForm();
        page.Find("input[data-testid=half-day-end]").Change(true);

        await ChooseTypeAsync(page, "Sick");

        page.WaitForAssertion(() => Assert.False(page.Find("input[data-testid=half-day-end]").HasAttribute("checked")));
    }

    [Fact]
    public void Type_that_allows_half_days_leaves_the_boxes_enabled()
    {
        var page = OpenForm();

        Assert.Equal((false, 0), (page.Find("input[data-testid=half-day-start]").HasAttribute("disabled"), page.FindAll("[data-testid=whole-days-note]").Count));
    }

    [Fact]
    public async Task First_day_sooner_than_the_types_notice_is_refused_as_the_person_types()
    {
        await Database.ChangeLeaveTypeAsync("Annual", draft => draft with { MinimumNoticeDays = 14 });
        var page = OpenForm();

        page.Find("input[data-testid=first-day]").Change("2026-12-07");

        page.WaitForAssertion(() => Assert.Contains("Annual leave needs 14 days' notice: the earliest first day is 14 Dec 2026.", page.Markup));
    }

    [Fact]
    public async Task Leave_that_needs_no_approval_is_shown_as_recorded_and_approved()
    {
        var page = OpenForm();
        await ChooseTypeAsync(page, "Sick");
        page.Find("input[data-testid=first-day]").Change("2026-11-30");
        page.Find("input[data-testid=last-day]").Change("2026-12-01");

        page.Find("button[data-testid=submit]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "Request LR-2026-00001 recorded and approved at once (Sick leave needs no approval); Dana Manager is informed: 2 working days, 30 Nov 2026 – 1 Dec 2026.",
            string.Join(' ', page.Find("[data-testid=submitted]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
    }

    private IRenderedComponent<ContainerFragment> OpenForm()
    {
        SignIn(TestPeople.Alex);
        var page = RenderPage<NewRequest>();
        page.WaitForElement("button[data-testid=submit]");
        return page;
    }

    private static IRenderedComponent<MudSelect<string>> TypeSelect(IRenderedComponent<ContainerFragment> page) =>
        page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Leave type");

    private static async Task OpenTypesAsync(IRenderedComponent<ContainerFragment> page)
    {
        var select = TypeSelect(page);
        await select.InvokeAsync(select.Instance.OpenMenu);
    }

    private static async Task ChooseTypeAsync(IRenderedComponent<ContainerFragment> page, string type)
    {
        var select = TypeSelect(page);
        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(type));
    }
}
