using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>The approver, or their delegate while they are away, approves or rejects a pending request.</summary>
public sealed class DecideLeaveRequest(IDbContextFactory<LeaveDbContext> contexts, LeaveRequestRules rules, LeaveClock clock, LeaveConsequences consequences)
{
    public Task<LeaveRequest> ApproveAsync(Guid requestId, Actor approver, string? comment, LeaveChannel channel, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, comment, approver, (r, actor) => r.Approve(actor, comment, channel, clock), cancellationToken);

    public Task<LeaveRequest> RejectAsync(Guid requestId, Actor approver, string? reason, LeaveChannel channel, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, reason, approver, (r, actor) => r.Reject(actor, reason, channel, clock), cancellationToken);

    private async Task<LeaveRequest> DecideAsync(Guid requestId, string? comment, Actor approver, Action<LeaveRequest, Actor> decide, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        rules.CheckComment(comment, errors);
        errors.ThrowIfAny();

        return await contexts.ChangeAsync(requestId, async (db, request) =>
            decide(request, await StandIns.ActingAsync(db, approver, request, clock.Today, cancellationToken)), consequences, clock, cancellationToken);
    }
}
