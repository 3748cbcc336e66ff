using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// After the last reminder goes unanswered, the next due run escalates once: the request is flagged overdue,
/// reminders stop, and the approver's active manager (or else every other active admin) gets one email.
/// Alex's request waits on Dana; by default Dana has no manager and nobody is an admin.
/// </summary>
public sealed class EscalationTests : FreshDatabaseTest
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static readonly TestPerson Morgan = new("morgan", "morgan.director@example.test", "Morgan Director");

    private static readonly TestPerson Ada = new("ada", "ada.admin@example.test", "Ada Admin");

    private static readonly TestPerson Ben = new("ben", "ben.admin@example.test", "Ben Admin");

    private static readonly TestPerson Olga = new("olga", "olga.former@example.test", "Olga Former", IsActive: false);

    [Fact]
    public async Task Due_run_after_the_third_reminder_escalates_instead_of_reminding()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());

        var runs = await Database.RunRemindersEachIntervalAsync(4);

        Assert.Equal([new ReminderRun(1, 0, 0, 0), new ReminderRun(1, 0, 0, 0), new ReminderRun(1, 0, 0, 0), new ReminderRun(0, 1, 0, 0)], runs);
    }

    [Fact]
    public async Task Escalation_flags_the_request_overdue_from_the_run()
    {
        var request = await EscalatedAsync();

        Assert.Equal(LeaveTestDatabase.StartTime + (4 * Day), (await Database.ReloadAsync(request)).OverdueSince);
    }

    [Fact]
    public async Task Escalation_clears_the_next_reminder()
    {
        var request = await EscalatedAsync();

        Assert.Null((await Database.ReloadAsync(request)).NextReminderDue);
    }

    [Fact]
    public async Task Escalated_request_stays_pending_for_the_approver_to_decide()
    {
        var request = await EscalatedAsync();

        Assert.Equal(LeaveStatus.Pending, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task Escalation_keeps_the_reminder_count()
    {
        var request = await EscalatedAsync();

        Assert.Equal(3, (await Database.ReloadAsync(request)).RemindersSent);
    }

    [Fact]
    public async Task Escalation_emails_only_the_approvers_active_manager_even_when_there_are_admins()
    {
        await GiveDanaAManagerAsync();
        await Database.AddAdminAsync(Ada);

        var request = await EscalatedAsync();

        Assert.Equal([Morgan.Email], (await Database.EmailsAsync(request, EmailKind.Escalation)).Select(m => m.ToAddress));
    }

    [Fact]
    public async Task Escalation_goes_to_the_stand_in_of_a_manager_who_is_away_with_a_copy_to_the_manager()
    {
        await GiveDanaAManagerAsync();
        await Database.ChangePersonAsync(Morgan, e => e.CanApprove = true);
        await Database.DelegateAsync(Morgan, TestPeople.Sam);

        var request = await EscalatedAsync();

        var told = (await Database.OutboxAsync(request)).Where(m => m.Kind is EmailKind.Escalation or EmailKind.StandInCopy).Select(m => (m.Kind, m.ToAddress));
        Assert.Equal([(EmailKind.Escalation, TestPeople.Sam.Email), (EmailKind.StandInCopy, Morgan.Email)], told);
    }

    [Fact]
    public async Task Escalation_is_recorded_by_the_app_naming_the_manager()
    {
        await GiveDanaAManagerAsync();

        var request = await EscalatedAsync();

        Assert.Equal(
            [("LeaveBlazor", LeaveChannel.Automatic, LeaveTestDatabase.StartTime + (4 * Day), "No decision after 3 reminders: escalated to Morgan Director")],
            (await Database.HistoryAsync(request, LeaveEventKind.Escalated)).Select(h => (h.ActorName, h.Channel, h.At, h.Comment)));
    }

    [Fact]
    public async Task Escalation_email_subject_names_the_approver_and_the_reference()
    {
        await GiveDanaAManagerAsync();

        var request = await EscalatedAsync();

        Assert.Equal(
            "[LR-2026-00001] Overdue: Dana Manager has not decided a leave request",
            (await Database.EmailsAsync(request, EmailKind.Escalation)).Single().Subject);
    }

    [Fact]
    public async Task Escalation_email_says_how_long_it_waited_and_how_many_reminders_went_unanswered()
    {
        await GiveDanaAManagerAsync();

        var request = await EscalatedAsync();

        Assert.Contains(
            "It has waited 4 days and 3 reminders went unanswered, so reminders have stopped.",
            (await Database.EmailsAsync(request, EmailKind.Escalation)).Single().TextBody,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalation_email_carries_no_decision_links()
    {
        await GiveDanaAManagerAsync();

        var request = await EscalatedAsync();

        // The manager is not the approver: a link would let the wrong person decide.
        var email = (await Database.EmailsAsync(request, EmailKind.Escalation)).Single();
        Assert.DoesNotContain("{{", email.HtmlBody + email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_manager_escalation_emails_each_active_admin_except_the_approver()
    {
        await AddAdminsAsync();

        var request = await EscalatedAsync();

        Assert.Equal([Ada.Email, Ben.Email], (await Database.EmailsAsync(request, EmailKind.Escalation)).Select(m => m.ToAddress).Order());
    }

    [Fact]
    public async Task Escalation_to_admins_is_recorded_naming_each_of_them()
    {
        await AddAdminsAsync();

        var request = await EscalatedAsync();

        Assert.Equal(
            ["No decision after 3 reminders: escalated to Ada Admin, Ben Admin"],
            (await Database.HistoryAsync(request, LeaveEventKind.Escalated)).Select(h => h.Comment));
    }

    [Fact]
    public async Task Approver_whose_manager_has_left_escalates_to_the_admins()
    {
        await GiveDanaAManagerAsync();
        await Database.ChangePersonAsync(Morgan, e => e.IsActive = false);
        await AddAdminsAsync();

        var request = await EscalatedAsync();

        Assert.Equal([Ada.Email, Ben.Email], (await Database.EmailsAsync(request, EmailKind.Escalation)).Select(m => m.ToAddress).Order());
    }

    [Fact]
    public async Task Approver_recorded_as_their_own_manager_escalates_to_the_admins()
    {
        await Database.ChangePersonAsync(TestPeople.Dana, e => e.ManagerId = TestPeople.Dana.Id);
        await AddAdminsAsync();

        var request = await EscalatedAsync();

        Assert.Equal([Ada.Email, Ben.Email], (await Database.EmailsAsync(request, EmailKind.Escalation)).Select(m => m.ToAddress).Order());
    }

    [Fact]
    public async Task With_no_manager_and_no_admin_the_request_is_still_flagged_overdue()
    {
        var request = await EscalatedAsync();

        var stored = await Database.ReloadAsync(request);
        Assert.Equal((LeaveTestDatabase.StartTime + (4 * Day), 0), (stored.OverdueSince, (await Database.EmailsAsync(request, EmailKind.Escalation)).Count));
    }

    [Fact]
    public async Task With_no_manager_and_no_admin_the_history_says_nobody_was_told()
    {
        var request = await EscalatedAsync();

        Assert.Equal(
            ["No decision after 3 reminders: escalated to nobody (no manager or admin to tell)"],
            (await Database.HistoryAsync(request, LeaveEventKind.Escalated)).Select(h => h.Comment));
    }

    [Fact]
    public async Task After_escalation_later_runs_remind_and_escalate_nobody()
    {
        await GiveDanaAManagerAsync();
        await EscalatedAsync();

        var later = await Database.RunRemindersEachIntervalAsync(5);

        NonEmpty.All(later, run => Assert.Equal(new ReminderRun(0, 0, 0, 0), run));
    }

    [Fact]
    public async Task After_escalation_no_further_email_is_queued()
    {
        await GiveDanaAManagerAsync();
        var request = await EscalatedAsync();

        await Database.RunRemindersEachIntervalAsync(5);

        Assert.Equal(
            (3, 1),
            ((await Database.EmailsAsync(request, EmailKind.Reminder)).Count, (await Database.EmailsAsync(request, EmailKind.Escalation)).Count));
    }

    [Fact]
    public async Task Missed_intervals_after_the_last_reminder_bring_one_escalation()
    {
        await GiveDanaAManagerAsync();
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersEachIntervalAsync(3);

        await Database.RunRemindersAfterAsync(5 * Day);

        Assert.Single(await Database.EmailsAsync(request, EmailKind.Escalation));
    }

    /// <summary>Alex's week, left undecided through three reminders and the escalation after them.</summary>
    private async Task<LeaveRequest> EscalatedAsync()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersEachIntervalAsync(4);
        return request;
    }

    private async Task GiveDanaAManagerAsync()
    {
        await Database.AddPersonAsync(Morgan);
        await Database.ChangePersonAsync(TestPeople.Dana, e => e.ManagerId = Morgan.Id);
    }

    /// <summary>Ada and Ben are active admins; Olga was an admin but has left; Dana herself is an admin too.</summary>
    private async Task AddAdminsAsync()
    {
        await Database.AddAdminAsync(Ada);
        await Database.AddAdminAsync(Ben);
        await Database.AddAdminAsync(Olga);
        await Database.ChangePersonAsync(TestPeople.Dana, e => e.IsAdmin = true);
    }
}
