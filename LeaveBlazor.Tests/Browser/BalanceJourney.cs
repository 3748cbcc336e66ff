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
    public async Task Alex_sees_his_annual_balance_plans_two_days_and_sees_them_taken_once_Dana_approves()
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
    }

    [GeneratedRegex(@"LR-\d{4}-\d{5}")]
    private static partial Regex Reference();
}
