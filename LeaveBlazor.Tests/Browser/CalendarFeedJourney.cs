using System.Text.RegularExpressions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static LeaveBlazor.Tests.Core.Feeds.CalendarFeedText;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed class CalendarFeedJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Alex_creates_his_personal_feed_on_his_account_page_and_it_holds_his_approved_leave()
    {
        var request = await App.ApproveInInboxAsync(await App.AlexSubmitsAsync());
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = App.BaseUrl });

        await alex.GotoAsync("/Account");

        // Opened as its own page load, as the other journeys open pages: axe then looks at it once it is whole, not
        // while an enhanced navigation is still swapping the account page's content for it.
        var link = alex.Locator("[data-testid=calendar-feeds-link]");
        await Expect(link).ToHaveTextAsync("Create or reset your calendar feed links");
        await alex.GoToInteractiveAsync("/" + await link.GetAttributeAsync("href"));
        await Expect(alex.GetByRole(AriaRole.Heading, new() { Name = "Calendar feeds", Level = 1 })).ToBeVisibleAsync();
        await alex.GetByRole(AriaRole.Button, new() { Name = "Create link of the personal feed" }).ClickAsync();
        var address = alex.Locator("input[data-testid=feed-url-personal]");
        await Expect(address).ToHaveValueAsync(new Regex("/feeds/.+\\.ics$"));
        await Expect(alex.Locator("[data-testid=feed-status]")).ToContainTextAsync("Copy it now");
        await AccessibilityCheckedAsync(); // the page as it opened, before axe looks at it again
        await CheckAccessibilityAsync(alex, "personal feed created");
        var url = await address.InputValueAsync();

        // The clipboard answers only a focused page.
        await alex.BringToFrontAsync();
        await alex.GetByRole(AriaRole.Button, new() { Name = "Copy the personal feed's address" }).ClickAsync();
        await Expect(alex.Locator("[data-testid=feed-status]")).ToHaveTextAsync("Copied the address.");
        Assert.Equal(url, await alex.EvaluateAsync<string>("navigator.clipboard.readText()"));

        var feed = await alex.APIRequest.GetAsync(url);
        Assert.Equal((200, "text/calendar; charset=utf-8"), (feed.Status, feed.Headers["content-type"]));
        var leave = Assert.Single(Events(await feed.TextAsync()), e => e.Uid == LeaveOnCalendar.Uid(request.Id));
        Assert.Equal(("Alex Employee – Annual leave", "CONFIRMED", request.FirstDay), (leave.Summary, leave.Status, DateOnly.FromDateTime(leave.DtStart!.Value)));
        Assert.Empty(PolicyViolations);
    }
}
