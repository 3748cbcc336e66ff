using LeaveBlazor.Core.Data;

namespace LeaveBlazor.Core.Leave;

/// <summary>The requester withdraws a request that is still waiting for a decision.</summary>
public sealed class CancelLeaveRequest(LeaveDbContext db, LeaveClock clock)
{
    public async Task<LeaveRequest> ExecuteAsync(Guid requestId, Actor requester, LeaveChannel channel, CancellationToken cancellationToken = default)
    {
        var request = await db.LoadForChangeAsync(requestId, cancellationToken);
        request.Cancel(requester, channel, clock);
        await db.SaveTransitionAsync(request, clock, cancellationToken);
        return request;
    }
}
