using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Core.Reminders;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>
/// Sick leave needs no approval (its seeded policy): it is recorded and approved at once, the requester and the approver
/// are told through the outbox in the same transaction, and nobody is asked to decide or reminded.
/// </summary>
public sealed class ApprovedAtOnceTests : FreshDatabaseTest
{
    private static NewLeaveRequest Sick() => LeaveInput.NextWeek() with { LeaveType = "Sick" };

    [Fact]
    public async Task Leave_that_needs_no_approval_is_stored_approved()
    {
        var stored = await Database.ReloadAsync(await Database.SubmitAsync(Sick()));

        Assert.Equal((LeaveStatus.Approved, "LeaveBlazor"), (stored.Status, stored.DecidedByName));
    }

    [Fact]
    public async Task History_says_it_was_approved_at_once_by_the_app()
    {
        var stored = await Database.ReloadAsync(await Database.SubmitAsync(Sick()));

        Assert.Equal(
            [(LeaveEventKind.Submitted, "Alex Employee", LeaveChannel.Web, (string?)null),
                (LeaveEventKind.Approved, "LeaveBlazor", LeaveChannel.Automatic, "Sick leave needs no approval: approved at once, and Dana Manager informed")],
            stored.History.Select(h => (h.Kind, h.ActorName, h.Channel, h.Comment)));
    }

    [Fact]
    public async Task Request_records_the_policy_it_was_decided_under()
    {
        var stored = await Database.ReloadAsync(await Database.SubmitAsync(Sick()));

        Assert.Equal((await Database.LeaveTypeAsync("Sick")).Id, stored.LeavePolicyId);
    }

    [Fact]
    public async Task Requester_is_told_and_approver_informed_and_nobody_asked()
    {
        var request = await Database.SubmitAsync(Sick());

        Assert.Equal([(EmailKind.Outcome, TestPeople.Alex.Email), (EmailKind.ApprovedAtOnceNotice, TestPeople.Dana.Email)],
            (await Database.OutboxAsync(request)).Select(m => (m.Kind, m.ToAddress)));
    }

    [Fact]
    public async Task Approvers_email_says_there_is_nothing_to_decide_and_has_no_decision_link()
    {
        var request = await Database.SubmitAsync(Sick());
        var email = (await Database.OutboxAsync(request)).Single(m => m.Kind == EmailKind.ApprovedAtOnceNotice);

        Assert.Equal((true, false, false), (
            email.TextBody.Contains("There is nothing for you to decide", StringComparison.Ordinal),
            email.TextBody.Contains("/decide/", StringComparison.Ordinal) || email.TextBody.Contains(OutboxMessage.ApproveLinkPlaceholder, StringComparison.Ordinal),
            email.HtmlBody.Contains(OutboxMessage.ApproveLinkPlaceholder, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Requesters_email_says_it_is_recorded_and_approved()
    {
        var request = await Database.SubmitAsync(Sick());
        var email = (await Database.OutboxAsync(request)).Single(m => m.Kind == EmailKind.Outcome);

        Assert.Equal("[LR-2026-00001] Your Sick leave is recorded and approved", email.Subject);
    }

    [Fact]
    public async Task Sending_the_emails_issues_no_decision_token()
    {
        var request = await Database.SubmitAsync(Sick());
        foreach (var email in await Database.OutboxAsync(request))
        {
            await Database.PrepareLinksAsync(email);
        }

        Assert.Empty(await Database.DecisionTokensAsync());
    }

    [Fact]
    public async Task Approver_is_never_reminded()
    {
        var request = await Database.SubmitAsync(Sick());

        await Database.RunRemindersEachIntervalAsync(3);

        Assert.Equal((null, 0), ((await Database.ReloadAsync(request)).NextReminderDue, (await Database.EmailsAsync(request, EmailKind.Reminder)).Count));
    }

    [Fact]
    public async Task Leave_that_needs_approval_still_waits_for_it()
    {
        var stored = await Database.ReloadAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Equal(LeaveStatus.Pending, stored.Status);
    }

    [Fact]
    public async Task Half_day_of_sick_leave_is_refused_and_nothing_is_saved()
    {
        await Assert.ThrowsAsync<LeaveBlazor.Core.Rules.LeaveValidationException>(() => Database.SubmitAsync(Sick() with { HalfDayEnd = true }));

        Assert.Empty(await Database.OutboxAsync());
    }
}
