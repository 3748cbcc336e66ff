using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>The requester withdraws a request that is still waiting for a decision.</summary>
public sealed class CancelLeaveRequest(IDbContextFactory<LeaveDbContext> contexts, LeaveClock clock, LeaveConsequences consequences)
{
    /// <summary>
    /// What cancelling the request does, as the requester reads it before confirming, or null when it cannot be cancelled
    /// (only pending requests can). Kept beside the operation, so that it changes with what the operation and its
    /// email (<see cref="LeaveEmails"/>) do.
    /// </summary>
    public static string? Consequences(LeaveRequest request) => request.Status == LeaveStatus.Pending
        ? $"{request.Approver.DisplayName} will be emailed that you cancelled it; the Approve and Reject links in the emails "
            + "they already have will stop working, and they will not be reminded again. A cancelled request cannot be reopened: "
            + "if you want the days after all, send a new request."
        : null;

    public Task<LeaveRequest> ExecuteAsync(Guid requestId, Actor requester, LeaveChannel channel, CancellationToken cancellationToken = default) =>
        contexts.ChangeAsync(requestId, request => request.Cancel(requester, channel, clock), consequences, clock, cancellationToken);
}
