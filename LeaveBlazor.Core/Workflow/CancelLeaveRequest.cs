using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>The requester withdraws a request that is still waiting for a decision.</summary>
public sealed class CancelLeaveRequest(IDbContextFactory<LeaveDbContext> contexts, LeaveClock clock, LeaveEmails emails)
{
    public Task<LeaveRequest> ExecuteAsync(Guid requestId, Actor requester, LeaveChannel channel, CancellationToken cancellationToken = default) =>
        contexts.ChangeAsync(requestId, request => request.Cancel(requester, channel, clock), emails, clock, cancellationToken);
}
