using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using MudBlazor;

namespace LeaveBlazor.Tests.Components.Balances;

/// <summary>
/// The new-request form says, as Alex chooses, what the request does to his balance: a line per year, and the policy's
/// warning or refusal before he sends it. The year's 25 days of Annual leave are granted before each test.
/// </summary>
public sealed class NewRequestBalanceTests : NewRequestFormTest
{
    [Fact]
    public async Task A_counted_type_shows_what_is_left_what_the_request_uses_and_what_is_left_after()
    {
        var page = await OpenWithAllowanceAsync();

        ChooseDates(page, "2026-12-07", "2026-12-09");

        page.WaitForAssertion(() => Assert.Equal(["Annual 2026: 25 days left · this request uses 3 days · 22 days after"], Lines(page)));
    }

    [Fact]
    public async Task A_half_day_changes_the_line()
    {
        var page = await OpenWithAllowanceAsync();
        ChooseDates(page, "2026-12-07", "2026-12-09");

        page.Find("input[data-testid=half-day-end]").Change(true);

        page.WaitForAssertion(() => Assert.Equal(["Annual 2026: 25 days left · this request uses 2.5 days · 22.5 days after"], Lines(page)));
    }

    [Fact]
    public async Task Pending_requests_are_counted_as_planned()
    {
        await Database.RunYearEndAsync();
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 15)));
        var page = OpenForm();

        ChooseDates(page, "2026-12-07", "2026-12-09");

        page.WaitForAssertion(() => Assert.Equal(["Annual 2026: 23 days left (after 2 days planned) · this request uses 3 days · 20 days after"], Lines(page)));
    }

    [Fact]
    public async Task Leave_over_new_year_shows_a_line_for_each_year()
    {
        var page = await OpenWithAllowanceAsync();

        ChooseDates(page, "2026-12-29", "2027-01-05");

        page.WaitForAssertion(() => Assert.Equal(
            ["Annual 2026: 25 days left · this request uses 3 days · 22 days after", "Annual 2027: 25 days left · this request uses 2 days · 23 days after"],
            Lines(page)));
    }

    [Fact]
    public async Task A_type_that_counts_against_nothing_shows_no_line()
    {
        var page = await OpenWithAllowanceAsync();
        ChooseDates(page, "2026-12-07", "2026-12-09");
        page.WaitForAssertion(() => Assert.Single(Lines(page)));

        await ChooseTypeAsync(page, "Unpaid");

        page.WaitForAssertion(() => Assert.Empty(Lines(page)));
    }

    [Fact]
    public async Task Beyond_the_balance_the_refusal_shows_as_an_error_before_sending()
    {
        await Database.RunYearEndAsync();
        await Database.AdjustAsync(TestPeople.Alex, 2026, -24);
        var page = OpenForm();

        ChooseDates(page, "2026-12-07", "2026-12-09");

        page.WaitForAssertion(() => Assert.Equal(
            [("error", "This request uses 3 days of Annual leave in 2026, but you have 1 day left: choose fewer days, or ask an admin about your balance.")],
            Problems(page)));
    }

    [Fact]
    public async Task Below_zero_where_the_policy_allows_it_shows_a_warning()
    {
        await Database.ChangeLeaveTypeAsync("Annual", draft => draft with { MaxBelowZeroDays = 5 });
        await Database.RunYearEndAsync();
        await Database.AdjustAsync(TestPeople.Alex, 2026, -24);
        var page = OpenForm();

        ChooseDates(page, "2026-12-07", "2026-12-09");

        page.WaitForAssertion(() => Assert.Equal(
            [("warning", "This takes your Annual balance for 2026 2 days below zero (allowed up to 5 days).")], Problems(page)));
    }

    [Fact]
    public async Task Within_the_balance_there_is_no_alert()
    {
        var page = await OpenWithAllowanceAsync();

        ChooseDates(page, "2026-12-07", "2026-12-09");

        page.WaitForAssertion(() => Assert.Single(Lines(page)));
        Assert.Empty(Problems(page));
    }

    [Fact]
    public async Task The_line_is_in_a_region_screen_readers_announce_politely()
    {
        var page = await OpenWithAllowanceAsync();

        ChooseDates(page, "2026-12-07", "2026-12-09");

        page.WaitForAssertion(() => Assert.Equal(("polite", 1),
            (page.Find("[data-testid=balance-preview]").GetAttribute("aria-live"), page.FindAll("[data-testid=balance-preview] [data-testid=balance-line]").Count)));
    }

    [Fact]
    public async Task Changing_the_type_keeps_the_dates_and_the_reason()
    {
        var page = await OpenWithAllowanceAsync();
        ChooseDates(page, "2026-12-07", "2026-12-09");
        page.Find("textarea[data-testid=reason]").Input("Family visit");

        await ChooseTypeAsync(page, "Unpaid");
        await ChooseTypeAsync(page, "Annual");

        page.WaitForAssertion(() => Assert.Equal(("3 working days", "Family visit", 1),
            (page.Find("[data-testid=working-days]").TextContent, page.Find("textarea[data-testid=reason]").GetAttribute("value"), Lines(page).Count)));
    }

    private async Task<IRenderedComponent<ContainerFragment>> OpenWithAllowanceAsync()
    {
        await Database.RunYearEndAsync();
        return OpenForm();
    }

    private static void ChooseDates(IRenderedComponent<ContainerFragment> page, string first, string last)
    {
        Type(page, "first-day", first);
        Type(page, "last-day", last);
    }

    private static List<string> Lines(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=balance-line]").Select(line => Normalised(line.TextContent)).ToList();

    private static List<(string Severity, string Text)> Problems(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=balance-problem]")
            .Select(alert => (alert.ClassList.Contains("mud-alert-text-error") ? "error" : alert.ClassList.Contains("mud-alert-text-warning") ? "warning" : alert.ClassName ?? "",
                Normalised(alert.TextContent)))
            .ToList();

    private static async Task ChooseTypeAsync(IRenderedComponent<ContainerFragment> page, string type)
    {
        var select = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Leave type");
        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(type));
    }
}
