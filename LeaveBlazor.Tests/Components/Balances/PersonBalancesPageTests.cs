using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Audit;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;
using MudBlazor;

namespace LeaveBlazor.Tests.Components.Balances;

/// <summary>Dana, made an admin, looks at Alex's balances by year (2026 to start with) and adjusts them.</summary>
public sealed class PersonBalancesPageTests : LeavePageTest
{
    [Fact]
    public async Task The_persons_cards_for_this_year_show_with_their_history_open()
    {
        await Database.RunYearEndAsync();

        var page = await OpenAsync();

        page.WaitForAssertion(() => Assert.Equal(("Balances of Alex Employee", "25 days", "Granted +25 days"),
            (Normalised(page.Find("h1").TextContent), Normalised(page.Find("[data-testid=balance-Annual] [data-testid=left]").TextContent), LedgerKindsAndDays(page))));
    }

    [Fact]
    public async Task Another_year_shows_that_years_balance()
    {
        await Database.RunYearEndAsync();
        await Database.AdjustAsync(TestPeople.Alex, 2027, 2);
        var page = await OpenAsync();

        page.Find("button[data-testid=next-year]").Click();

        page.WaitForAssertion(() => Assert.Equal(("2027", "2 days", "Adjusted +2 days"),
            (page.Find("[data-testid=year]").TextContent.Trim(), Normalised(page.Find("[data-testid=balance-Annual] [data-testid=left]").TextContent), LedgerKindsAndDays(page))));
    }

    [Fact]
    public async Task An_adjustment_is_saved_shown_on_the_card_and_in_the_history_and_confirmed()
    {
        await Database.RunYearEndAsync();
        var page = await OpenAsync();

        await AdjustAsync(page, days: -1.5m, reason: "Left early on the 3rd, agreed with HR");

        page.WaitForAssertion(() => Assert.Equal(
            ("23.5 days", "Granted +25 days | Adjusted -1.5 days", "Alex Employee's Annual balance for 2026: -1.5 days."),
            (Normalised(page.Find("[data-testid=balance-Annual] [data-testid=left]").TextContent), LedgerKindsAndDays(page), Normalised(page.Find(".mud-snackbar").TextContent))));
    }

    [Fact]
    public async Task An_adjustment_is_audited_with_the_admin()
    {
        var page = await OpenAsync();

        await AdjustAsync(page, days: 2, reason: "Worked the Saturday of the move");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")));
        var entry = Assert.Single(await Database.AuditAsync(AuditAction.BalanceAdjusted));
        Assert.Equal(TestPeople.Dana.Id, entry.ActorId);
    }

    [Fact]
    public async Task An_adjustment_without_a_reason_is_refused_on_the_reason_field_and_nothing_is_saved()
    {
        var page = await OpenAsync();

        await AdjustAsync(page, days: 2, reason: null);

        page.WaitForAssertion(() => Assert.Equal(
            "Say why, in 1 to 300 characters: the person sees it in their balance's history.",
            ErrorOf(page, "adjust-reason")));
        Assert.Empty(await Database.LedgerAsync(TestPeople.Alex, 2026));
    }

    [Fact]
    public async Task Days_that_are_not_whole_or_half_are_refused_on_the_days_field()
    {
        var page = await OpenAsync();

        await AdjustAsync(page, days: 1.25m, reason: "Worked late");

        page.WaitForAssertion(() => Assert.Equal("Enter whole or half days (such as 2 or 1.5); 1.25 is neither.", ErrorOf(page, "adjust-days")));
    }

    [Fact]
    public async Task The_users_page_links_to_each_persons_balances_by_name()
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = RenderPage<Users>();

        var link = page.WaitForElement($"a[aria-label='Balances of {TestPeople.Alex.DisplayName}']");

        Assert.Equal($"admin/users/{TestPeople.Alex.Id}/balances", link.GetAttribute("href"));
    }

    private async Task<IRenderedComponent<ContainerFragment>> OpenAsync()
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = RenderPage<PersonBalances>(new Dictionary<string, object?> { [nameof(PersonBalances.Id)] = TestPeople.Alex.Id });
        page.WaitForElement("[data-testid=balance-cards]");
        return page;
    }

    /// <summary>Opens the dialog (Annual, this year, the only counted type), types the days and reason, and presses Adjust.</summary>
    private static async Task AdjustAsync(IRenderedComponent<ContainerFragment> page, decimal days, string? reason)
    {
        page.Find("button[data-testid=adjust]").Click();
        page.WaitForElement("[data-testid=adjust-save]");
        var dialog = page.FindComponent<AdjustBalanceDialog>();
        var field = dialog.FindComponent<MudNumericField<decimal?>>();
        await field.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(days));
        if (reason is not null)
        {
            dialog.Find("textarea[data-testid=adjust-reason]").Change(reason);
        }

        dialog.Find("button[data-testid=adjust-save]").Click();
    }

    /// <summary>The history's lines as "Kind days", one after the other: "Granted +25 days | Adjusted -1.5 days".</summary>
    private static string LedgerKindsAndDays(IRenderedComponent<ContainerFragment> page) =>
        string.Join(" | ", page.FindAll("[data-testid=balance-Annual] [data-testid=ledger] tbody tr")
            .Select(row => string.Join(' ', row.QuerySelectorAll("td").Take(3).Skip(1).Select(Text))));

    /// <summary>The message under a field, without its character counter.</summary>
    private static string ErrorOf(IRenderedComponent<ContainerFragment> page, string testId) =>
        Text(page.Find($"[data-testid={testId}]").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error .me-auto"));

    private static string Text(IElement? element) => Normalised(element?.TextContent ?? "");
}
