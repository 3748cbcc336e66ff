using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// The job follows the <c>Reminders</c> settings rather than its defaults: a two-minute demo interval, a single
/// reminder before escalating, and a batch smaller than the number of due requests.
/// </summary>
public sealed class ReminderSettingsTests : FreshDatabaseTest
{
    private static readonly TimeSpan TwoMinutes = TimeSpan.FromMinutes(2);

    protected override void ConfigureReminders(ReminderOptions reminders)
    {
        reminders.Interval = TwoMinutes;
        reminders.MaxReminders = 1;
        reminders.BatchSize = 2;
    }

    [Fact]
    public async Task Submitting_sets_the_first_reminder_one_configured_interval_later()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(LeaveTestDatabase.StartTime + TwoMinutes, (await Database.ReloadAsync(request)).NextReminderDue);
    }

    [Fact]
    public async Task Run_a_second_before_the_configured_interval_reminds_nobody()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(TwoMinutes - TimeSpan.FromSeconds(1));

        Assert.Empty(await Database.EmailsAsync(request, EmailKind.Reminder));
    }

    [Fact]
    public async Task Run_at_the_configured_interval_reminds_the_approver()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(TwoMinutes);

        Assert.Single(await Database.EmailsAsync(request, EmailKind.Reminder));
    }

    [Fact]
    public async Task History_counts_reminders_against_the_configured_maximum()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(TwoMinutes);

        Assert.Equal(["Reminder 1 of 1 sent to Dana Manager"], (await Database.HistoryAsync(request, LeaveEventKind.Reminded)).Select(h => h.Comment));
    }

    [Fact]
    public async Task Next_due_run_after_the_configured_maximum_escalates()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());

        var runs = await Database.RunRemindersEachIntervalAsync(2);

        Assert.Equal([new ReminderRun(1, 0, 0, 0), new ReminderRun(0, 1, 0, 0)], runs);
    }

    [Fact]
    public async Task Batch_smaller_than_the_due_requests_still_reminds_all_of_them_in_one_run()
    {
        var requests = await Database.SubmitSeveralAsync(5);

        await Database.RunRemindersAfterAsync(TwoMinutes);

        var reminders = await Task.WhenAll(requests.Select(async r => (await Database.EmailsAsync(r, EmailKind.Reminder)).Count));
        Assert.Equal([1, 1, 1, 1, 1], reminders);
    }

    [Fact]
    public async Task Batch_smaller_than_the_due_requests_is_reported_as_one_run()
    {
        await Database.SubmitSeveralAsync(5);

        var run = await Database.RunRemindersAfterAsync(TwoMinutes);

        Assert.Equal(new ReminderRun(Reminded: 5, Escalated: 0, Skipped: 0, Failed: 0), run);
    }
}
