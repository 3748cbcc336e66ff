using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Delegation;

/// <summary>Dana names Sam to stand in for her: who is asked, who may decide, and how the decision is recorded.</summary>
public sealed class StandingInTests : FreshDatabaseTest
{
    [Fact]
    public async Task A_new_request_asks_the_stand_in_and_copies_the_approver()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);

        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var toApprovers = (await Database.OutboxAsync(request)).Where(m => m.Kind != EmailKind.SubmissionReceipt).Select(m => (m.Kind, m.ToAddress));
        Assert.Equal([(EmailKind.DecisionRequest, TestPeople.Sam.Email), (EmailKind.StandInCopy, TestPeople.Dana.Email)], toApprovers);
    }

    [Fact]
    public async Task The_stand_in_is_told_why_and_the_copy_carries_no_links()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);

        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var outbox = await Database.OutboxAsync(request);
        var asking = outbox.Single(m => m.Kind == EmailKind.DecisionRequest);
        var copy = outbox.Single(m => m.Kind == EmailKind.StandInCopy);
        Assert.Contains("Dana Manager is away, so you act on their behalf; they get a copy of this email.", asking.TextBody);
        Assert.DoesNotContain("{{", copy.TextBody + copy.HtmlBody);
    }

    [Fact]
    public async Task Without_a_stand_in_in_force_the_approver_is_asked_alone()
    {
        await Database.DelegateAsync(TestPeople.Dana, new(TestPeople.Sam.Email, LeaveInput.NextMonday.AddDays(14), LeaveInput.NextMonday.AddDays(20), false));

        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal([TestPeople.Dana.Email], (await Database.OutboxAsync(request)).Where(m => m.Kind != EmailKind.SubmissionReceipt).Select(m => m.ToAddress));
    }

    [Fact]
    public async Task The_stand_in_decides_on_the_approvers_behalf()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.ApproveAsync(request, TestPeople.Sam);

        var stored = await Database.ReloadAsync(request);
        var decision = stored.History.Single(h => h.Kind == LeaveEventKind.Approved);
        Assert.Equal((LeaveStatus.Approved, "Sam Other on behalf of Dana Manager", "sam", "dana"),
            (stored.Status, stored.DecidedByName, decision.ActorId, decision.OnBehalfOfId));
    }

    [Fact]
    public async Task Once_the_delegation_ends_the_stand_in_may_not_decide()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.EndDelegationAsync(TestPeople.Dana);

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.ApproveAsync(request, TestPeople.Sam));

        Assert.Equal($"Only Dana Manager, the approver of {request.Reference}, can decide it.", refused.Message);
    }

    [Fact]
    public async Task The_approver_can_still_decide_themself()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RejectAsync(request);

        Assert.Equal("Dana Manager", (await Database.ReloadAsync(request)).DecidedByName);
    }

    [Fact]
    public async Task The_stand_ins_inbox_holds_the_approvers_requests_while_in_force()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam, days: 3);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var during = await Database.InboxAsync(TestPeople.Sam);

        Database.Time.Advance(TimeSpan.FromDays(3));
        var after = await Database.InboxAsync(TestPeople.Sam);

        Assert.Equal((request.Reference, 0), (string.Join(", ", during.Select(r => r.Reference)), after.Count));
    }

    [Fact]
    public async Task The_stand_in_can_open_the_request()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var seen = await Database.InScopeAsync<LeaveRequestQueries, LeaveRequest?>(q => q.FindAsync(request.Reference, TestPeople.Sam.Viewer));

        Assert.Equal(request.Id, seen?.Id);
    }

    [Fact]
    public async Task A_link_sent_to_the_stand_in_decides_on_the_approvers_behalf_even_after_the_delegation_ends()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var email = await Database.SendDecisionEmailAsync(request, TestPeople.Sam);
        await Database.EndDelegationAsync(TestPeople.Dana);

        var decided = await Database.DecideByLinkAsync(email.ApproveToken);

        Assert.Equal((LeaveStatus.Approved, "Sam Other on behalf of Dana Manager"), (decided.Status, decided.DecidedByName));
    }

    [Fact]
    public async Task A_link_sent_to_the_stand_in_stops_when_the_request_is_handed_over()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var email = await Database.SendDecisionEmailAsync(request, TestPeople.Sam);
        var ada = new TestPerson("ada", "ada.admin@example.test", "Ada Admin", CanApprove: true);
        await Database.AddPersonAsync(ada);
        await Database.HandOverAsync(TestPeople.Dana, ada);

        var check = await Database.InspectLinkAsync(email.ApproveToken);

        Assert.Equal(LinkProblem.HandedOver, check.Problem);
    }

    [Fact]
    public async Task Reminders_go_to_the_stand_in_with_a_copy_to_the_approver()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);
        Database.Time.Advance(Database.Reminders.Interval);

        await Database.InScopeAsync<SendDueReminders>(reminders => reminders.ExecuteAsync());

        var reminded = (await Database.OutboxAsync(request)).Where(m => m.Kind is EmailKind.Reminder or EmailKind.StandInCopy).Select(m => (m.Kind, m.ToAddress));
        Assert.Equal([(EmailKind.Reminder, TestPeople.Sam.Email), (EmailKind.StandInCopy, TestPeople.Dana.Email)], reminded);
    }
}
