using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Workflow;

/// <summary>What deactivating an approver would hand over, to whom it may go, and who is proposed.</summary>
public sealed record HandOverPlan(int Pending, IReadOnlyList<Employee> Successors, Employee? Proposed);

/// <summary>
/// Deactivating an approver hands every request still waiting on them to a successor, with its history entry and the
/// successor's fresh decision email. Deactivation also changes the sign-in account, so both methods work in the
/// caller's context and transaction: the directory change, the hand-over and its emails commit together or not at all.
/// </summary>
public sealed class HandOverPendingRequests(LeaveEmails emails, LeaveClock clock, IOptions<ReminderOptions> reminders)
{
    /// <summary>
    /// The successors are the active approvers other than the person; proposed is their manager when one of those, else
    /// the first active admin among them, else nobody (the admin chooses).
    /// </summary>
    public async Task<HandOverPlan> PlanAsync(LeaveDbContext db, string approverId, CancellationToken cancellationToken = default)
    {
        var pending = await PendingOf(db.LeaveRequests.AsNoTracking(), approverId).CountAsync(cancellationToken);
        var person = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == approverId, cancellationToken);
        var successors = await db.Employees.AsNoTracking()
            .Where(e => e.IsActive && e.CanApprove && e.Id != approverId)
            .OrderBy(e => e.DisplayName)
            .ToListAsync(cancellationToken);
        var proposed = successors.FirstOrDefault(e => e.Id == person.ManagerId) ?? successors.FirstOrDefault(e => e.IsAdmin);
        return new HandOverPlan(pending, successors, proposed);
    }

    /// <summary>
    /// Hands every pending request of <paramref name="approverId"/> to <paramref name="successorId"/> and saves them with
    /// their emails; returns how many moved. Refused, with nothing saved, when there is something to hand over and no
    /// successor who may take all of it.
    /// </summary>
    public async Task<int> ExecuteAsync(LeaveDbContext db, string approverId, string? successorId, Actor admin, CancellationToken cancellationToken = default)
    {
        var pending = await PendingOf(db.LeaveRequests, approverId)
            .Include(r => r.Requester)
            .Include(r => r.Approver)
            .OrderBy(r => r.SubmittedAt)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var name = pending[0].Approver.DisplayName;
        var requests = pending.Count == 1 ? "1 pending request" : $"{pending.Count} pending requests";
        if (string.IsNullOrEmpty(successorId) || successorId == approverId)
        {
            throw new LeaveRuleException($"{name} has {requests} to decide: choose someone else to take them over.");
        }

        var successor = await db.Employees.SingleOrDefaultAsync(e => e.Id == successorId, cancellationToken)
            ?? throw new LeaveRuleException($"The person chosen to take over {name}'s {requests} no longer exists: choose someone else.");
        foreach (var request in pending)
        {
            request.HandOverTo(successor, admin, clock, reminders.Value.Interval);
            db.QueueEmails(request, emails);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new LeaveRuleException($"One of {name}'s requests was decided or changed while they were being handed over, so nothing was changed: try again.");
        }

        return pending.Count;
    }

    private static IQueryable<LeaveRequest> PendingOf(IQueryable<LeaveRequest> requests, string approverId) =>
        requests.Where(r => r.ApproverId == approverId && r.Status == LeaveStatus.Pending);
}
