using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// Alex gives his days as he writes them (the app's culture is en-GB; today is Monday 30 Nov 2026) and picks one from a
/// calendar that starts the week on Monday, offers no day the rules refuse, and marks weekends and public holidays
/// (25 and 28 Dec 2026) for his eyes and his screen reader alike.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class PickingDaysJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Alex_types_a_British_date_picks_the_last_day_from_marked_weeks_and_sends_it()
    {
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests/new");
        await alex.Locator("input[data-testid=first-day]").FillAsync("21/12/26");
        await alex.Locator("input[data-testid=first-day]").PressAsync("Tab");

        await alex.GetByRole(AriaRole.Button, new() { Name = "Pick the last day in a calendar" }).ClickAsync();
        var calendar = alex.Locator(".mud-picker-calendar");
        await Expect(calendar).ToBeVisibleAsync();
        await CheckAccessibilityAsync(alex, "last day's calendar open");
        var weekdays = await alex.Locator(".mud-day-label").AllInnerTextsAsync();
        var names = await AccessibleNames.OfButtonsAsync(alex);
        var dayBefore = await calendar.GetByText("20", new() { Exact = true }).Locator("xpath=..").IsDisabledAsync();
        await calendar.GetByText("23", new() { Exact = true }).ClickAsync();

        await Expect(alex.Locator("input[data-testid=last-day]")).ToHaveValueAsync("23/12/2026");
        await Expect(alex.Locator("[data-testid=working-days]")).ToHaveTextAsync("3 working days");
        await alex.Locator("[data-testid=submit]").ClickAsync();
        await Expect(alex.Locator("[data-testid=submitted]")).ToContainTextAsync("21–23 Dec 2026");

        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], weekdays);
        Assert.Equal(("21", "24", "25 public holiday", "26 weekend", "28 public holiday"),
            (names.First(n => n.StartsWith("21", StringComparison.Ordinal)), names.First(n => n.StartsWith("24", StringComparison.Ordinal)),
             names.First(n => n.StartsWith("25", StringComparison.Ordinal)), names.First(n => n.StartsWith("26", StringComparison.Ordinal)),
             names.First(n => n.StartsWith("28", StringComparison.Ordinal))));
        Assert.True(dayBefore, "20 Dec comes before the first day, so the last day's calendar should not offer it.");
    }

    [Fact]
    public async Task A_date_typed_the_wrong_way_round_is_explained_in_the_culture()
    {
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests/new");

        await alex.Locator("input[data-testid=first-day]").FillAsync("12/31/2026");
        await alex.Locator("input[data-testid=first-day]").PressAsync("Tab");

        await Expect(alex.GetByText("Type the date as 31/12/2026 or 2026-12-31.")).ToBeVisibleAsync();
    }
}
