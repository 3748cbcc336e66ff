using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

public sealed class DecidingLeaveTests : FreshDatabaseTest
{
    [Fact]
    public async Task Approved_request_is_stored_as_approved()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.ApproveAsync(request);

        Assert.Equal(LeaveStatus.Approved, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task Approval_records_who_decided_and_when()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromMinutes(45));

        await Database.ApproveAsync(request);

        var stored = await Database.ReloadAsync(request);
        Assert.Equal(("Dana Manager", (DateTimeOffset?)LeaveTestDatabase.StartTime.AddMinutes(45)), (stored.DecidedByName, stored.DecidedAt));
    }

    [Fact]
    public async Task Approval_without_comment_stores_no_comment()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.ApproveAsync(request, comment: null);

        Assert.Null((await Database.ReloadAsync(request)).DecisionComment);
    }

    [Theory]
    [InlineData("Enjoy the break", "Enjoy the break")]
    [InlineData("  Enjoy the break \n", "Enjoy the break")]
    [InlineData("   ", null)]
    public async Task Approval_comment_is_stored_trimmed(string comment, string? stored)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.ApproveAsync(request, comment: comment);

        Assert.Equal(stored, (await Database.ReloadAsync(request)).DecisionComment);
    }

    [Fact]
    public async Task Rejected_request_is_stored_as_rejected_with_the_reason()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RejectAsync(request, reason: "The release is that week.");

        var stored = await Database.ReloadAsync(request);
        Assert.Equal((LeaveStatus.Rejected, "The release is that week.", "Dana Manager"), (stored.Status, stored.DecisionComment, stored.DecidedByName));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public async Task Reject_without_reason_is_refused_asking_for_one(string? reason)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.RejectAsync(request, reason: reason));

        Assert.Equal(["Give a reason for rejecting, so Alex Employee knows why."], refused.Errors[LeaveFields.Comment]);
    }

    [Fact]
    public async Task Refused_reject_leaves_the_request_pending()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Assert.ThrowsAsync<LeaveValidationException>(() => Database.RejectAsync(request, reason: null));

        Assert.Equal(LeaveStatus.Pending, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task Approval_comment_longer_than_the_limit_is_refused()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(
            () => Database.ApproveAsync(request, comment: new string('c', 1001)));

        Assert.Equal(["Keep the comment to 1000 characters; it has 1001."], refused.Errors[LeaveFields.Comment]);
    }

    [Fact]
    public async Task Rejection_reason_longer_than_the_limit_is_refused()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(
            () => Database.RejectAsync(request, reason: new string('c', 1001)));

        Assert.Equal(["Keep the comment to 1000 characters; it has 1001."], refused.Errors[LeaveFields.Comment]);
    }

    [Fact]
    public async Task Comment_of_exactly_the_limit_after_trimming_is_accepted()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.ApproveAsync(request, comment: "  " + new string('c', 1000) + "  ");

        Assert.Equal(1000, (await Database.ReloadAsync(request)).DecisionComment?.Length);
    }

    [Fact]
    public async Task Approve_by_someone_other_than_the_approver_is_refused()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.ApproveAsync(request, approver: TestPeople.Sam));

        Assert.Equal("Only Dana Manager, the approver of LR-2026-00001, can decide it.", refused.Message);
    }

    [Fact]
    public async Task Reject_by_someone_other_than_the_approver_is_refused()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.RejectAsync(request, approver: TestPeople.Sam));

        Assert.Equal("Only Dana Manager, the approver of LR-2026-00001, can decide it.", refused.Message);
    }

    [Fact]
    public async Task Requester_cannot_approve_their_own_request()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Assert.ThrowsAsync<LeaveRuleException>(() => Database.ApproveAsync(request, approver: TestPeople.Alex));
    }

    [Fact]
    public async Task Refused_decision_leaves_the_request_pending()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Assert.ThrowsAsync<LeaveRuleException>(() => Database.ApproveAsync(request, approver: TestPeople.Sam));

        Assert.Equal(LeaveStatus.Pending, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task Deciding_an_unknown_request_says_there_is_no_such_request()
    {
        await Assert.ThrowsAsync<LeaveRequestNotFoundException>(() => Database.InScopeAsync<DecideLeaveRequest, LeaveRequest>(
            decide => decide.ApproveAsync(Guid.NewGuid(), TestPeople.Dana.Actor, null, LeaveChannel.Web)));
    }
}
