using System.Text.RegularExpressions;
using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed partial class BalanceJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Alex_sees_two_days_planned_then_taken_once_Dana_approves_and_back_once_she_confirms_his_ask_to_cancel()
    {
        var firstDay = App.WorkingDayInTwoWeeks();
        var year = firstDay.Year;
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests");
        var annual = alex.Locator("[data-testid=balance-Annual]");
        await Expect(annual.Locator("[data-testid=left]")).ToHaveTextAsync("25 days");
        await annual.Locator("[data-testid=show-ledger]").ClickAsync();
        await Expect(annual.Locator("[data-testid=ledger] tbody tr")).ToContainTextAsync(["Granted"]);
        await CheckAccessibilityAsync(alex, "balance history open");

        await alex.GoToInteractiveAsync("/requests/new");
        await alex.Locator("input[data-testid=first-day]").TypeDayAsync(firstDay);
        await alex.Locator("input[data-testid=last-day]").TypeDayAsync(firstDay.AddDays(1));
        await Expect(alex.Locator("[data-testid=balance-line]")).ToHaveTextAsync($"Annual {year}: 25 days left · this request uses 2 days · 23 days after");
        await CheckAccessibilityAsync(alex, "balance preview shown");
        await alex.Locator("[data-testid=submit]").ClickAsync();
        var reference = Reference().Match(await alex.Locator("[data-testid=submitted]").InnerTextAsync()).Value;

        await alex.GoToInteractiveAsync("/requests");
        await Expect(annual.Locator("[data-testid=planned]")).ToHaveTextAsync("2 days");

        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/inbox");
        await Expect(dana.Locator("[data-testid=inbox-waiting] [data-testid=if-approved]"))
            .ToHaveTextAsync($"If approved: Annual {year}: 25 days left · this request uses 2 days · 23 days after");
        await dana.Locator($"[data-testid=approve-{reference}]").ClickAsync();
        await dana.Locator("[data-testid=decision-confirm]").ClickAsync();
        await Expect(dana.GetByText($"{reference} is approved.")).ToBeVisibleAsync();

        await alex.GoToInteractiveAsync("/requests");
        await Expect(annual.Locator("[data-testid=left]")).ToHaveTextAsync("23 days");
        await Expect(annual.Locator("[data-testid=planned]")).ToHaveTextAsync("0 days");

        await alex.GoToInteractiveAsync($"/requests/{reference}");
        await alex.Locator("[data-testid=ask-to-cancel]").ClickAsync();
        await alex.Locator("textarea[data-testid=comment-dialog-comment]").FillAsync("Trip called off");
        await CheckAccessibilityAsync(alex, "ask to cancel dialog");
        await alex.Locator("[data-testid=comment-dialog-confirm]").ClickAsync();
        await Expect(alex.Locator("[data-testid=cancellation-waiting]")).ToContainTextAsync("Dana Manager has not answered yet");

        await dana.GoToInteractiveAsync("/inbox");
        await dana.GetByRole(AriaRole.Tab, new() { NameRegex = AsksTab() }).ClickAsync();
        await dana.Locator($"[data-testid=confirm-cancellation-{reference}]").ClickAsync();
        await dana.Locator("[data-testid=comment-dialog-confirm]").ClickAsync();
        await Expect(dana.GetByText($"The cancellation of {reference} is confirmed.")).ToBeVisibleAsync();

        await alex.GoToInteractiveAsync("/requests");
        await Expect(annual.Locator("[data-testid=left]")).ToHaveTextAsync("25 days");
    }

    [GeneratedRegex("^Asked to cancel")]
    private static partial Regex AsksTab();

    [GeneratedRegex(@"LR-\d{4}-\d{5}")]
    private static partial Regex Reference();
}
