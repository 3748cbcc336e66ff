using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using LeaveBlazor.Tests.Integration.Email;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>
/// The app sending over SMTP to MailDev (<see cref="EmailApp"/>) with the shortest reminder interval there is, one
/// minute, passed on its fake clock; the recurring send-reminders job is run on demand, as a tick of its cron would.
/// </summary>
public class ReminderEmailApp : EmailApp
{
    public TimeSpan Interval => Services.GetRequiredService<IOptions<ReminderOptions>>().Value.Interval;

    /// <summary>Lets one interval (and a second) pass on the app's clock, then runs the send-reminders job.</summary>
    public async Task NextReminderRoundAsync()
    {
        Time.Advance(Interval + TimeSpan.FromSeconds(1));
        var state = await Services.RunRecurringJobAsync(SendRemindersJob.Name);
        if (state != "Succeeded")
        {
            throw new InvalidOperationException($"The send-reminders run ended {state}.");
        }
    }

    /// <summary>The reminders about the request that reached Dana's mailbox, once there are at least <paramref name="count"/> (0: now).</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> RemindersToDanaAsync(LeaveRequest request, int count)
    {
        var received = await MailServer.WaitForAsync(
            emails => emails.Count(email => IsReminderToDana(request, email)) >= count,
            $"{count} reminder(s) about {request.Reference} to Dana");
        return [.. received.Where(email => IsReminderToDana(request, email))];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reminders:Interval", "00:01:00");
    }

    private static bool IsReminderToDana(LeaveRequest request, ReceivedEmail email) =>
        email.IsTo(DanaEmail) && email.Subject.StartsWith($"[{request.Reference}] Reminder:", StringComparison.Ordinal);
}

[Collection(LeaveAppCollection.Name)]
public sealed class RemindersByEmailTests(ReminderEmailApp app) : RemindersByEmail<ReminderEmailApp>(app);

[Collection(LeaveAppCollection.Name)]
public sealed class RemindersByEmailOnPostgreSqlTests(ReminderEmailAppOnPostgreSql app) : RemindersByEmail<ReminderEmailAppOnPostgreSql>(app);

public abstract class RemindersByEmail<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ReminderEmailApp
{
    [Fact]
    public async Task Dana_is_reminded_by_email_each_interval_until_she_decides_then_never_again()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        await app.NextReminderRoundAsync();
        await app.RemindersToDanaAsync(request, count: 1);
        await app.NextReminderRoundAsync();
        var reminders = await app.RemindersToDanaAsync(request, count: 2);

        // Dana approves with the link of the latest reminder, as she would from her mailbox.
        (await app.CreateBrowser().DecideAsync(EmailApp.DecisionTokenOf(reminders[^1].LinkLabelled("Approve")), "Approve")).Dispose();
        await app.EmailAsync(request, LeaveApp.AlexEmail, "was approved");
        await app.NextReminderRoundAsync();
        await app.NextReminderRoundAsync();
        await app.Services.RunRecurringJobAsync(DispatchOutboxJob.Name); // whatever those rounds queued has gone now

        Assert.Equal(2, (await app.RemindersToDanaAsync(request, count: 0)).Count);
    }
}
