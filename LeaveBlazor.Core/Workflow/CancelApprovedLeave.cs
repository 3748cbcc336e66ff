using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>
/// Cancelling approved leave: the requester asks (<see cref="AskAsync"/>), the approver confirms or declines in the
/// inbox, over the API or from an emailed link (<see cref="DecideByLink"/>). On confirmation the days go back to the
/// balance in the same transaction; both sides are emailed.
/// </summary>
public sealed class CancelApprovedLeave(IDbContextFactory<LeaveDbContext> contexts, LeaveRequestRules rules, WorkingCalendars calendars,
    LeaveClock clock, LeaveConsequences consequences)
{
    public Task<LeaveRequest> AskAsync(Guid requestId, Actor requester, string? reason, LeaveChannel channel, CancellationToken cancellationToken = default)
    {
        CheckComment(reason);
        return contexts.ChangeAsync(requestId, r => r.AskToCancel(requester, reason, channel, clock), consequences, clock, cancellationToken);
    }

    public Task<LeaveRequest> ConfirmAsync(Guid requestId, Actor approver, string? comment, LeaveChannel channel, CancellationToken cancellationToken = default)
    {
        CheckComment(comment);
        return contexts.ChangeAsync(requestId, async (db, request) =>
            await ConfirmAsync(db, request, await StandIns.ActingAsync(db, approver, request, clock.Today, cancellationToken), comment, channel, cancellationToken),
            consequences, clock, cancellationToken);
    }

    public Task<LeaveRequest> DeclineAsync(Guid requestId, Actor approver, string? reason, LeaveChannel channel, CancellationToken cancellationToken = default)
    {
        CheckComment(reason);
        return contexts.ChangeAsync(requestId, async (db, request) =>
            request.DeclineCancellation(await StandIns.ActingAsync(db, approver, request, clock.Today, cancellationToken), reason, channel, clock),
            consequences, clock, cancellationToken);
    }

    /// <summary>Confirms on a request loaded for change in <paramref name="db"/>; the link's operation calls it too.</summary>
    internal async Task ConfirmAsync(LeaveDbContext db, LeaveRequest request, Actor approver, string? comment, LeaveChannel channel, CancellationToken cancellationToken)
    {
        var calendar = await calendars.OfAsync(db, request.Requester, request.Dates, cancellationToken);
        request.ConfirmCancellation(approver, comment, channel, clock, calendar.Count);
    }

    private void CheckComment(string? comment)
    {
        var errors = new FieldErrors();
        rules.CheckComment(comment, errors);
        errors.ThrowIfAny();
    }
}
