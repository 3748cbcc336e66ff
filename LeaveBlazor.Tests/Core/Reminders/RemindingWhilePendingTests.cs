using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// A pending request reminds its approver one interval after it is sent and once per interval after that,
/// each reminder counted on the request and recorded in its history; reminders missed while the job did not run
/// collapse into one. Default settings: one day apart, at most three.
/// </summary>
public sealed class RemindingWhilePendingTests : FreshDatabaseTest
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Submitting_sets_the_first_reminder_one_interval_later()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(LeaveTestDatabase.StartTime + Day, (await Database.ReloadAsync(request)).NextReminderDue);
    }

    [Fact]
    public async Task Run_just_before_the_interval_reminds_nobody()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(Day - TimeSpan.FromSeconds(1));

        Assert.Empty(await Database.EmailsAsync(request, EmailKind.Reminder));
    }

    [Fact]
    public async Task Run_just_before_the_interval_leaves_the_request_untouched()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(Day - TimeSpan.FromSeconds(1));

        var stored = await Database.ReloadAsync(request);
        Assert.Equal((0, LeaveTestDatabase.StartTime + Day, 1), (stored.RemindersSent, stored.NextReminderDue, stored.History.Count));
    }

    [Fact]
    public async Task Run_exactly_one_interval_after_sending_reminds_the_approver()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(Day);

        Assert.Equal([TestPeople.Dana.Email], (await Database.EmailsAsync(request, EmailKind.Reminder)).Select(m => m.ToAddress));
    }

    [Fact]
    public async Task Run_reports_what_it_did()
    {
        await Database.SubmitSeveralAsync(2);

        var run = await Database.RunRemindersAfterAsync(Day);

        Assert.Equal(new(Reminded: 2, Escalated: 0, Skipped: 0, Failed: 0), run);
    }

    [Fact]
    public async Task Three_intervals_bring_three_reminders_to_the_approver()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersEachIntervalAsync(3);

        Assert.Equal(
            [TestPeople.Dana.Email, TestPeople.Dana.Email, TestPeople.Dana.Email],
            (await Database.EmailsAsync(request, EmailKind.Reminder)).Select(m => m.ToAddress));
    }

    [Fact]
    public async Task Each_reminder_is_counted_on_the_request()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var counts = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            await Database.RunRemindersAfterAsync(Day);
            counts.Add((await Database.ReloadAsync(request)).RemindersSent);
        }

        Assert.Equal([1, 2, 3], counts);
    }

    [Fact]
    public async Task Each_reminder_sets_the_next_one_an_interval_after_the_run()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var nextDue = new List<DateTimeOffset?>();
        for (var i = 0; i < 3; i++)
        {
            // The job's cron fires a little after the due time; the next reminder counts from the run, not the due time.
            await Database.RunRemindersAfterAsync(Day + TimeSpan.FromMinutes(5));
            nextDue.Add((await Database.ReloadAsync(request)).NextReminderDue);
        }

        Assert.Equal(
            [LeaveTestDatabase.StartTime.AddMinutes(5) + (2 * Day), LeaveTestDatabase.StartTime.AddMinutes(10) + (3 * Day), LeaveTestDatabase.StartTime.AddMinutes(15) + (4 * Day)],
            nextDue);
    }

    [Fact]
    public async Task Each_reminder_is_recorded_in_the_history_naming_its_number_and_the_approver()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersEachIntervalAsync(3);

        Assert.Equal(
            ["Reminder 1 of 3 sent to Dana Manager", "Reminder 2 of 3 sent to Dana Manager", "Reminder 3 of 3 sent to Dana Manager"],
            (await Database.HistoryAsync(request, LeaveEventKind.Reminded)).Select(h => h.Comment));
    }

    [Fact]
    public async Task Reminder_history_entries_are_by_the_app_automatically_at_the_run_time()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersEachIntervalAsync(2);

        Assert.Equal(
            [("leaveblazor", "LeaveBlazor", LeaveChannel.Automatic, LeaveTestDatabase.StartTime + Day), ("leaveblazor", "LeaveBlazor", LeaveChannel.Automatic, LeaveTestDatabase.StartTime + (2 * Day))],
            (await Database.HistoryAsync(request, LeaveEventKind.Reminded)).Select(h => (h.ActorId, h.ActorName, h.Channel, h.At)));
    }

    [Fact]
    public async Task Reminder_leaves_the_request_pending_one_version_on()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(Day);

        var stored = await Database.ReloadAsync(request);
        Assert.Equal((LeaveStatus.Pending, request.Version + 1), (stored.Status, stored.Version));
    }

    [Fact]
    public async Task Decision_from_a_page_opened_before_a_reminder_still_saves()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersAfterAsync(Day);

        // The inbox row was read before the reminder; deciding reads the request afresh.
        await Database.ApproveAsync(request);

        Assert.Equal(LeaveStatus.Approved, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task Second_run_within_the_same_interval_reminds_nobody()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersAfterAsync(Day);

        await Database.RunRemindersAfterAsync(Day - TimeSpan.FromSeconds(1));

        Assert.Single(await Database.EmailsAsync(request, EmailKind.Reminder));
    }

    [Fact]
    public async Task Five_missed_intervals_bring_one_reminder()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(5 * Day);

        Assert.Single(await Database.EmailsAsync(request, EmailKind.Reminder));
    }

    [Fact]
    public async Task Five_missed_intervals_count_as_one_reminder()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(5 * Day);

        Assert.Equal(1, (await Database.ReloadAsync(request)).RemindersSent);
    }

    [Fact]
    public async Task After_missed_intervals_the_next_reminder_is_one_interval_after_the_run()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersAfterAsync(5 * Day);

        Assert.Equal(LeaveTestDatabase.StartTime + (6 * Day), (await Database.ReloadAsync(request)).NextReminderDue);
    }

    [Fact]
    public async Task After_missed_intervals_a_run_just_before_the_next_interval_reminds_nobody_more()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersAfterAsync(5 * Day);

        await Database.RunRemindersAfterAsync(Day - TimeSpan.FromSeconds(1));

        Assert.Single(await Database.EmailsAsync(request, EmailKind.Reminder));
    }

    [Fact]
    public async Task Only_due_requests_are_reminded()
    {
        var early = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday));
        Database.Time.Advance(TimeSpan.FromHours(12));
        var late = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(1)));

        await Database.RunRemindersAfterAsync(TimeSpan.FromHours(12));

        Assert.Equal(
            (1, 0),
            ((await Database.EmailsAsync(early, EmailKind.Reminder)).Count, (await Database.EmailsAsync(late, EmailKind.Reminder)).Count));
    }
}
