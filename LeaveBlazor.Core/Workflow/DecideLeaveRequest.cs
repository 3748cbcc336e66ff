using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>The approver approves or rejects a pending request.</summary>
public sealed class DecideLeaveRequest(IDbContextFactory<LeaveDbContext> contexts, LeaveRequestRules rules, LeaveClock clock, LeaveConsequences consequences)
{
    public Task<LeaveRequest> ApproveAsync(Guid requestId, Actor approver, string? comment, LeaveChannel channel, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, comment, r => r.Approve(approver, comment, channel, clock), cancellationToken);

    public Task<LeaveRequest> RejectAsync(Guid requestId, Actor approver, string? reason, LeaveChannel channel, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, reason, r => r.Reject(approver, reason, channel, clock), cancellationToken);

    private async Task<LeaveRequest> DecideAsync(Guid requestId, string? comment, Action<LeaveRequest> decide, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        rules.CheckComment(comment, errors);
        errors.ThrowIfAny();

        return await contexts.ChangeAsync(requestId, decide, consequences, clock, cancellationToken);
    }
}
