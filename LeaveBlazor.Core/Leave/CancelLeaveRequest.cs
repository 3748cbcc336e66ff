using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;

namespace LeaveBlazor.Core.Leave;

/// <summary>The requester withdraws a request that is still waiting for a decision.</summary>
public sealed class CancelLeaveRequest(LeaveDbContext db, LeaveClock clock, LeaveEmails emails)
{
    public Task<LeaveRequest> ExecuteAsync(Guid requestId, Actor requester, LeaveChannel channel, CancellationToken cancellationToken = default) =>
        LeaveTransitions.RetriedAsync(async () =>
        {
            var request = await db.LoadForChangeAsync(requestId, cancellationToken);
            request.Cancel(requester, channel, clock);
            await db.SaveTransitionAsync(request, emails, clock, cancellationToken);
            return request;
        });
}
