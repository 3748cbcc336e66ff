using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// Dana was deactivated while Alex's request still waited on her, and nobody handed it over (it predates hand-over, or
/// was left behind): she is not reminded; at the next due run the request is escalated once, so someone hands it over.
/// Ada is an active admin.
/// </summary>
public sealed class DeactivatedApproverReminderTests : FreshDatabaseTest
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static readonly TestPerson Ada = new("ada", "ada.admin@example.test", "Ada Admin");

    [Fact]
    public async Task Deactivated_approver_gets_no_reminder()
    {
        var request = await LeftWaitingAsync();

        await Database.RunRemindersEachIntervalAsync(3);

        Assert.Empty(await Database.EmailsAsync(request, EmailKind.Reminder));
    }

    [Fact]
    public async Task First_due_run_escalates_the_request_to_the_admins()
    {
        var request = await LeftWaitingAsync();

        var run = await Database.RunRemindersAfterAsync(Day);

        Assert.Equal((new ReminderRun(0, 1, 0, 0), Ada.Email), (run, (await Database.EmailsAsync(request, EmailKind.Escalation)).Single().ToAddress));
    }

    [Fact]
    public async Task Request_is_escalated_only_once()
    {
        var request = await LeftWaitingAsync();

        await Database.RunRemindersEachIntervalAsync(5);

        Assert.Single(await Database.EmailsAsync(request, EmailKind.Escalation));
    }

    [Fact]
    public async Task Escalation_is_recorded_saying_the_approver_is_deactivated()
    {
        var request = await LeftWaitingAsync();

        await Database.RunRemindersAfterAsync(Day);

        Assert.Equal(
            ["Dana Manager is deactivated and cannot decide: escalated to Ada Admin"],
            (await Database.HistoryAsync(request, LeaveEventKind.Escalated)).Select(h => h.Comment));
    }

    [Fact]
    public async Task Escalation_email_says_how_to_hand_the_request_over()
    {
        var request = await LeftWaitingAsync();

        await Database.RunRemindersAfterAsync(Day);

        Assert.Contains(
            "Dana Manager's account is deactivated, so they cannot decide it and are not reminded. An admin can hand it over on the Users page",
            (await Database.EmailsAsync(request, EmailKind.Escalation)).Single().TextBody,
            StringComparison.Ordinal);
    }

    /// <summary>Alex's week waits on Dana, who is then deactivated without a hand-over.</summary>
    private async Task<LeaveRequest> LeftWaitingAsync()
    {
        await Database.AddAdminAsync(Ada);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ChangePersonAsync(TestPeople.Dana, e => e.IsActive = false);
        return request;
    }
}
