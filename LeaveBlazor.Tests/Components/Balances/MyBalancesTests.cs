using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;

namespace LeaveBlazor.Tests.Components.Balances;

/// <summary>My requests shows Alex a card per counted type for this year (2026), with the ledger behind it on request.</summary>
public sealed class MyBalancesTests : LeavePageTest
{
    [Fact]
    public async Task Each_counted_type_has_a_card_with_what_is_left_and_what_is_planned()
    {
        await Database.RunYearEndAsync();
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 15)));

        var page = Open();

        Assert.Equal([("Annual 2026", "25 days", "2 days")], Cards(page));
    }

    [Fact]
    public async Task Approved_leave_is_taken_off_what_is_left()
    {
        await Database.RunYearEndAsync();
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 16))));

        var page = Open();

        Assert.Equal([("Annual 2026", "22 days", "0 days")], Cards(page));
    }

    [Fact]
    public void The_card_shows_the_types_colour()
    {
        var page = Open();

        Assert.Equal("#2e5e8c", page.Find("[data-testid=balance-Annual] [data-testid=leave-type-dot]").GetAttribute("data-colour"));
    }

    [Fact]
    public async Task Show_history_lists_the_ledger_lines_with_date_kind_days_and_note()
    {
        await Database.RunYearEndAsync();
        Database.Time.Advance(TimeSpan.FromDays(1));
        await Database.AdjustAsync(TestPeople.Alex, 2026, 1.5m, "Worked the Saturday of the move");
        var page = Open();

        page.Find("[data-testid=balance-Annual] button[data-testid=show-ledger]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            [("30 Nov 2026", "Granted", "+25 days"), ("1 Dec 2026", "Adjusted", "+1.5 days")],
            LedgerRows(page).Select(r => (r[0], r[1], r[2]))));
        Assert.Equal("Worked the Saturday of the move", LedgerRows(page)[1][3]);
    }

    [Fact]
    public async Task The_history_button_says_whether_the_history_is_open()
    {
        await Database.RunYearEndAsync();
        var page = Open();
        var before = Toggle(page);

        page.Find("[data-testid=balance-Annual] button[data-testid=show-ledger]").Click();

        page.WaitForAssertion(() => Assert.Equal([("Show history", "false"), ("Hide history", "true")], [before, Toggle(page)]));
    }

    [Fact]
    public void An_empty_ledger_says_so()
    {
        var page = Open();

        page.Find("[data-testid=balance-Annual] button[data-testid=show-ledger]").Click();

        page.WaitForAssertion(() => Assert.Equal("Nothing recorded for Annual in 2026 yet.", page.Find("[data-testid=no-ledger-lines]").TextContent.Trim()));
    }

    [Fact]
    public async Task Without_a_counted_type_the_page_says_so()
    {
        await Database.ChangeLeaveTypeAsync("Annual", draft => draft with { CountsAgainstAllowance = false });

        var page = Open();

        Assert.Equal("No leave type counts against an allowance in 2026.", page.Find("[data-testid=no-balances]").TextContent.Trim());
    }

    private IRenderedComponent<ContainerFragment> Open()
    {
        SignIn(TestPeople.Alex);
        var page = RenderPage<MyRequests>();
        page.WaitForElement("[data-testid=balance-cards], [data-testid=no-balances]");
        return page;
    }

    private static List<(string Type, string Left, string Planned)> Cards(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=balance-cards] .mud-card")
            .Select(card => (Text(card.QuerySelector("h3")), Text(card.QuerySelector("[data-testid=left]")), Text(card.QuerySelector("[data-testid=planned]"))))
            .ToList();

    private static List<string[]> LedgerRows(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=ledger] tbody tr").Select(row => row.QuerySelectorAll("td").Select(Text).ToArray()).ToList();

    private static (string Text, string? Expanded) Toggle(IRenderedComponent<ContainerFragment> page)
    {
        var button = page.Find("[data-testid=balance-Annual] button[data-testid=show-ledger]");
        return (Text(button), button.GetAttribute("aria-expanded"));
    }

    private static string Text(IElement? element) => Normalised(element?.TextContent ?? "");
}
