using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace LeaveBlazor.Tests.Components.Admin;

/// <summary>
/// In the Users page's person dialog, Dana (an admin) gives people their own yearly allowances of the types that count
/// against one (Annual, 25 days, among the seeded types); an empty field leaves them the type's.
/// </summary>
public sealed class AllowancesDialogTests : LeavePageTest
{
    private IRenderedComponent<ContainerFragment>? _page;

    [Fact]
    public async Task Only_types_that_count_against_an_allowance_are_offered_with_the_types_own_days()
    {
        var dialog = await EditAsync(TestPeople.Alex);

        Assert.Equal([("Annual (days a year)", "Empty: the type's 25 days")],
            dialog.FindComponents<MudNumericField<decimal?>>().Select(f => (f.Instance.Label!, f.Instance.HelperText!)));
    }

    [Fact]
    public async Task A_person_without_their_own_allowance_sees_an_empty_field()
    {
        var dialog = await EditAsync(TestPeople.Alex);

        Assert.Equal("", (await AllowanceFieldAsync(dialog)).GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task A_persons_own_allowance_is_shown_in_its_field()
    {
        await Database.SetOwnAllowancesAsync(TestPeople.Alex, ("Annual", 28));

        var dialog = await EditAsync(TestPeople.Alex);

        Assert.Equal("28", (await AllowanceFieldAsync(dialog)).GetAttribute("value"));
    }

    [Fact]
    public async Task An_allowance_typed_in_the_dialog_is_saved_as_the_persons_own()
    {
        var dialog = await EditAsync(TestPeople.Alex);

        (await AllowanceFieldAsync(dialog)).Change("28.5");
        Save(dialog);

        Assert.Equal([28.5m], (await OwnAsync(TestPeople.Alex)).Select(a => a.YearlyAllowanceDays));
    }

    [Fact]
    public async Task Emptying_the_field_gives_the_person_the_types_allowance_again()
    {
        await Database.SetOwnAllowancesAsync(TestPeople.Alex, ("Annual", 28));
        var dialog = await EditAsync(TestPeople.Alex);

        (await AllowanceFieldAsync(dialog)).Change("");
        Save(dialog);

        Assert.Empty(await OwnAsync(TestPeople.Alex));
    }

    [Fact]
    public async Task Days_out_of_range_are_refused_beside_the_field_and_nothing_is_saved()
    {
        var dialog = await EditAsync(TestPeople.Alex);

        (await AllowanceFieldAsync(dialog)).Change("400");
        dialog.Find("button[data-testid=user-save]").Click();

        dialog.WaitForAssertion(() => Assert.Contains("Enter the Annual allowance as days from 0 to 366; 400 days is out of range.", dialog.Markup, StringComparison.Ordinal));
        Assert.Empty(await OwnAsync(TestPeople.Alex));
    }

    private async Task<IRenderedComponent<UserDialog>> EditAsync(TestPerson person)
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = _page = RenderPage<Users>();
        page.WaitForAssertion(() => Assert.Equal(TestPeople.Everyone.Count, page.FindAll("[data-testid=users] tbody tr").Count));
        page.FindAll("[data-testid=users] tbody tr")
            .Single(row => row.QuerySelector("td[data-label=Name]")?.TextContent.Trim() == person.DisplayName)
            .QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Edit").Click();
        page.WaitForElement("input[data-testid=user-country]");
        var dialog = page.FindComponent<UserDialog>();
        dialog.WaitForElement("input[data-testid^=user-allowance-]");
        return dialog;
    }

    private async Task<AngleSharp.Dom.IElement> AllowanceFieldAsync(IRenderedComponent<UserDialog> dialog) =>
        dialog.Find($"input[data-testid=user-allowance-{(await Database.LeaveTypeAsync("Annual")).Id}]");

    private async Task<List<PersonalAllowanceDraft>> OwnAsync(TestPerson person)
    {
        await using var scope = Database.CreateScope();
        return await PersonalAllowances.OfAsync(scope.ServiceProvider.GetRequiredService<LeaveDbContext>(), person.Id);
    }

    /// <summary>Saves and waits until the dialog has closed, which it does once the change is committed.</summary>
    private void Save(IRenderedComponent<UserDialog> dialog)
    {
        var page = _page ?? throw new InvalidOperationException("The page is rendered by EditAsync.");
        dialog.Find("button[data-testid=user-save]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindComponents<UserDialog>()));
    }
}
