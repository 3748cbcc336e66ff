using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Jobs;
using LeaveBlazor.Web.Jobs;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>Reminder rounds are the send-reminders job run after a minute (the interval) passes on the app's fake clock.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class RemindersJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Dana_is_reminded_each_interval_until_she_approves_from_a_reminder_in_the_browser_then_never_again()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();
        await App.NextReminderRoundAsync();
        await App.RemindersToDanaAsync(request, count: 1);
        await App.NextReminderRoundAsync();
        var reminders = await App.RemindersToDanaAsync(request, count: 2);

        var dana = await OpenBrowserAsync("dana");
        await dana.GotoAsync(reminders[^1].LinkLabelled("Approve")!);
        await dana.Locator("button[value=Approve]").ClickAsync();
        await Expect(dana.Locator("[data-testid=outcome]")).ToContainTextAsync("Approved.");
        await App.EmailAsync(request, LeaveApp.AlexEmail, "was approved");
        await App.NextReminderRoundAsync();
        await App.NextReminderRoundAsync();
        await App.Services.RunRecurringJobAsync(DispatchOutboxJob.Name); // whatever those rounds queued has gone now

        var queued = (await App.OutboxAsync(request)).Count(m => m.Kind == EmailKind.Reminder);
        var received = (await App.RemindersToDanaAsync(request, count: 0)).Count;
        Assert.Equal((2, 2), (queued, received));
    }
}
