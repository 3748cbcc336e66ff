using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// Once a request is approved, rejected or cancelled nobody is reminded about it again, however late the job
/// runs and however many reminders it had before.
/// </summary>
public sealed class NoRemindersAfterDecisionTests : FreshDatabaseTest
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public static TheoryData<string> Endings => ["approve", "reject", "cancel"];

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task Ending_a_request_clears_its_next_reminder(string ending)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await EndAsync(request, ending);

        Assert.Null((await Database.ReloadAsync(request)).NextReminderDue);
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task Request_ended_before_its_first_reminder_is_never_reminded(string ending)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await EndAsync(request, ending);

        await Database.RunRemindersEachIntervalAsync(5);

        Assert.Empty(await Database.EmailsAsync(request, EmailKind.Reminder));
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task Request_ended_while_its_reminder_was_overdue_is_not_reminded_when_the_job_runs_late(string ending)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(3 * Day);
        await EndAsync(request, ending);

        var run = await Database.RunRemindersAfterAsync(TimeSpan.FromHours(2));

        Assert.Equal((0, 0), (run.Reminded, (await Database.EmailsAsync(request, EmailKind.Reminder)).Count));
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task Request_ended_after_a_reminder_gets_no_further_reminder(string ending)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersAfterAsync(Day);
        await EndAsync(request, ending);

        await Database.RunRemindersEachIntervalAsync(5);

        Assert.Single(await Database.EmailsAsync(request, EmailKind.Reminder));
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task Request_ended_after_a_reminder_is_never_escalated(string ending)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersEachIntervalAsync(2);
        await EndAsync(request, ending);

        await Database.RunRemindersEachIntervalAsync(5);

        var stored = await Database.ReloadAsync(request);
        Assert.Equal((null, 0), (stored.OverdueSince, stored.History.Count(h => h.Kind == LeaveEventKind.Escalated)));
    }

    [Fact]
    public async Task Ended_request_does_not_hold_back_another_pending_one()
    {
        var requests = await Database.SubmitSeveralAsync(2);
        await Database.ApproveAsync(requests[0]);

        await Database.RunRemindersAfterAsync(Day);

        Assert.Equal(
            (0, 1),
            ((await Database.EmailsAsync(requests[0], EmailKind.Reminder)).Count, (await Database.EmailsAsync(requests[1], EmailKind.Reminder)).Count));
    }

    private Task<LeaveRequest> EndAsync(LeaveRequest request, string ending) => ending switch
    {
        "approve" => Database.ApproveAsync(request),
        "reject" => Database.RejectAsync(request),
        _ => Database.CancelAsync(request),
    };
}
