using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>Once approved, rejected or cancelled, a request cannot move again, and the refusal says who ended it and when.</summary>
public sealed class FinishedRequestTests : FreshDatabaseTest
{
    public enum Step
    {
        Approve,
        Reject,
        Cancel,
    }

    [Theory]
    [InlineData(Step.Approve, Step.Approve, "LR-2026-00001 was already approved by Dana Manager on 30 Nov 2026 at 10:00; there is nothing left to decide.")]
    [InlineData(Step.Approve, Step.Reject, "LR-2026-00001 was already approved by Dana Manager on 30 Nov 2026 at 10:00; there is nothing left to decide.")]
    [InlineData(Step.Approve, Step.Cancel, "LR-2026-00001 was already approved by Dana Manager on 30 Nov 2026 at 10:00; it can no longer be cancelled.")]
    [InlineData(Step.Reject, Step.Approve, "LR-2026-00001 was already rejected by Dana Manager on 30 Nov 2026 at 10:00; there is nothing left to decide.")]
    [InlineData(Step.Reject, Step.Reject, "LR-2026-00001 was already rejected by Dana Manager on 30 Nov 2026 at 10:00; there is nothing left to decide.")]
    [InlineData(Step.Reject, Step.Cancel, "LR-2026-00001 was already rejected by Dana Manager on 30 Nov 2026 at 10:00; it can no longer be cancelled.")]
    [InlineData(Step.Cancel, Step.Approve, "LR-2026-00001 was already cancelled by the requester, Alex Employee, on 30 Nov 2026 at 10:00; there is nothing left to decide.")]
    [InlineData(Step.Cancel, Step.Reject, "LR-2026-00001 was already cancelled by the requester, Alex Employee, on 30 Nov 2026 at 10:00; there is nothing left to decide.")]
    [InlineData(Step.Cancel, Step.Cancel, "LR-2026-00001 was already cancelled by the requester, Alex Employee, on 30 Nov 2026 at 10:00; it can no longer be cancelled.")]
    public async Task Acting_on_a_finished_request_is_refused_naming_who_finished_it_and_when(Step finishedBy, Step attempt, string expected)
    {
        var request = await FinishedAsync(finishedBy);

        var refused = await Assert.ThrowsAsync<LeaveConflictException>(() => RunAsync(attempt, request));

        Assert.Equal(expected, refused.Message);
    }

    [Theory]
    [InlineData(Step.Approve, Step.Reject, LeaveStatus.Approved)]
    [InlineData(Step.Reject, Step.Approve, LeaveStatus.Rejected)]
    [InlineData(Step.Cancel, Step.Approve, LeaveStatus.Cancelled)]
    [InlineData(Step.Approve, Step.Cancel, LeaveStatus.Approved)]
    public async Task Refused_transition_leaves_the_finished_request_as_it_was(Step finishedBy, Step attempt, LeaveStatus expected)
    {
        var request = await FinishedAsync(finishedBy);

        await Assert.ThrowsAsync<LeaveConflictException>(() => RunAsync(attempt, request));

        var stored = await Database.ReloadAsync(request);
        Assert.Equal((expected, 2, 2), (stored.Status, stored.Version, stored.History.Count));
    }

    private async Task<LeaveRequest> FinishedAsync(Step step)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromHours(1));
        await RunAsync(step, request);
        Database.Time.Advance(TimeSpan.FromDays(2));
        return request;
    }

    private Task<LeaveRequest> RunAsync(Step step, LeaveRequest request) => step switch
    {
        Step.Approve => Database.ApproveAsync(request, comment: "Fine by me"),
        Step.Reject => Database.RejectAsync(request, reason: "Not that week"),
        _ => Database.CancelAsync(request),
    };
}
