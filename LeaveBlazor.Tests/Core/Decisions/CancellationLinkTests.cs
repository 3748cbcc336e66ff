using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Decisions;

/// <summary>The approver answers an ask to cancel approved leave from the emailed links, under the same token rules as decisions.</summary>
public sealed class CancellationLinkTests : FreshDatabaseTest
{
    [Fact]
    public async Task The_confirm_link_cancels_the_leave_as_the_approver()
    {
        var leave = await AskedAsync();
        var email = await Database.SendCancellationEmailAsync(leave);

        await Database.DecideByLinkAsync(email.ApproveToken, DecisionPurpose.ConfirmCancellation);

        var stored = await Database.ReloadAsync(leave);
        Assert.Equal((LeaveStatus.Cancelled, LeaveEventKind.CancellationConfirmed, "Dana Manager", LeaveChannel.EmailLink),
            (stored.Status, stored.History[^1].Kind, stored.History[^1].ActorName, stored.History[^1].Channel));
    }

    [Fact]
    public async Task The_decline_link_keeps_the_leave_with_the_reason_given()
    {
        var leave = await AskedAsync();
        var email = await Database.SendCancellationEmailAsync(leave);

        await Database.DecideByLinkAsync(email.RejectToken, DecisionPurpose.DeclineCancellation, "Launch week");

        var stored = await Database.ReloadAsync(leave);
        Assert.Equal((LeaveStatus.Approved, "Launch week"), (stored.Status, stored.History[^1].Comment));
    }

    [Fact]
    public async Task A_cancellation_link_cannot_approve_or_reject()
    {
        var leave = await AskedAsync();
        var email = await Database.SendCancellationEmailAsync(leave);

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.DecideByLinkAsync(email.ApproveToken, DecisionPurpose.Approve));

        Assert.Equal($"This link answers the ask to cancel {leave.Reference}: confirm or decline the cancellation.", refused.Message);
    }

    [Fact]
    public async Task A_link_sent_for_an_earlier_ask_is_closed_once_that_ask_was_answered()
    {
        var leave = await AskedAsync();
        var first = await Database.SendCancellationEmailAsync(leave);
        await Database.DeclineCancellationAsync(leave);
        Database.Time.Advance(TimeSpan.FromMinutes(5));
        await Database.AskToCancelAsync(leave, reason: "Really called off now");

        var check = await Database.InspectLinkAsync(first.ApproveToken);

        Assert.Equal((LinkProblem.Closed, $"The ask to cancel {leave.Reference} that this link was sent for has already been answered; the leave stands as approved."),
            (check.Problem, check.Message));
    }

    [Fact]
    public async Task Links_work_once()
    {
        var leave = await AskedAsync();
        var email = await Database.SendCancellationEmailAsync(leave);
        await Database.DecideByLinkAsync(email.RejectToken, DecisionPurpose.DeclineCancellation, "Launch week");

        var check = await Database.InspectLinkAsync(email.RejectToken);

        Assert.Equal(LinkProblem.Used, check.Problem);
    }

    [Fact]
    public async Task An_answered_ask_sends_no_links()
    {
        var leave = await AskedAsync();
        await Database.ConfirmCancellationAsync(leave);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Database.SendCancellationEmailAsync(leave));
    }

    private async Task<LeaveRequest> AskedAsync()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        return await Database.AskToCancelAsync(leave);
    }
}
