using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// Reminders follow the approver: after Dana's request is handed to Sam, Sam is reminded, from scratch, an interval
/// after the hand-over. The interval is the default day.
/// </summary>
public sealed class RemindersAfterHandOverTests : FreshDatabaseTest
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Reminder_after_the_hand_over_goes_to_the_successor()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersAfterAsync(Day);
        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        await Database.RunRemindersAfterAsync(Day);

        Assert.Equal([TestPeople.Dana.Email, TestPeople.Sam.Email], (await Database.EmailsAsync(request, EmailKind.Reminder)).Select(m => m.ToAddress));
    }

    [Fact]
    public async Task Successors_first_reminder_comes_a_full_interval_after_the_hand_over()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromHours(20));
        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        // Dana's first reminder was due 4 hours later; Sam's is due 24 hours after the hand-over.
        var runs = new[] { await Database.RunRemindersAfterAsync(TimeSpan.FromHours(4)), await Database.RunRemindersAfterAsync(TimeSpan.FromHours(20)) };

        Assert.Equal([ReminderRun.Nothing, new ReminderRun(1, 0, 0, 0)], runs);
    }

    [Fact]
    public async Task Successor_gets_the_full_count_of_reminders_before_escalation()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersEachIntervalAsync(2);
        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        var runs = await Database.RunRemindersEachIntervalAsync(4);

        Assert.Equal([new ReminderRun(1, 0, 0, 0), new ReminderRun(1, 0, 0, 0), new ReminderRun(1, 0, 0, 0), new ReminderRun(0, 1, 0, 0)], runs);
    }
}
