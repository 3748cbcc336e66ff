using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Workflow;

/// <summary>What deactivating someone would hand over (their pending requests and their reports), to whom it may go, and who is proposed.</summary>
public sealed record HandOverPlan(int Pending, IReadOnlyList<Employee> Reports, IReadOnlyList<Employee> Successors, Employee? Proposed)
{
    public bool NeedsSuccessor => Pending > 0 || Reports.Count > 0;
}

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
        var reports = await ReportsOf(db.Employees.AsNoTracking(), approverId).ToListAsync(cancellationToken);
        return new HandOverPlan(pending, reports, successors, proposed);
    }

    /// <summary>
    /// Hands every pending request of <paramref name="approverId"/> to <paramref name="successorId"/>, and makes the
    /// successor the manager of everyone who reported to them (the successor themselves goes to the person's own manager),
    /// and saves it all with the emails; returns how many requests moved. Refused, with nothing saved, when there is
    /// something to hand over and no successor who may take all of it.
    /// </summary>
    public async Task<int> ExecuteAsync(LeaveDbContext db, string approverId, string? successorId, Actor admin, CancellationToken cancellationToken = default)
    {
        var pending = await PendingOf(db.LeaveRequests, approverId)
            .Include(r => r.Requester)
            .Include(r => r.Approver)
            .OrderBy(r => r.SubmittedAt)
            .ToListAsync(cancellationToken);
        var reports = await ReportsOf(db.Employees, approverId).ToListAsync(cancellationToken);
        if (pending.Count == 0 && reports.Count == 0)
        {
            return 0;
        }

        var person = await db.Employees.SingleAsync(e => e.Id == approverId, cancellationToken);
        var what = Describe(pending.Count, reports);
        if (string.IsNullOrEmpty(successorId) || successorId == approverId)
        {
            throw new LeaveRuleException($"{person.DisplayName} has {what}: choose someone else to take over.");
        }

        var successor = await db.Employees.SingleOrDefaultAsync(e => e.Id == successorId, cancellationToken)
            ?? throw new LeaveRuleException($"The person chosen to take over {person.DisplayName}'s {what} no longer exists: choose someone else.");
        foreach (var request in pending)
        {
            request.HandOverTo(successor, admin, clock, reminders.Value.Interval);
            await db.QueueEmailsAsync(request, emails, clock, cancellationToken);
        }

        await MoveReportsAsync(db, person, reports, successor, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new LeaveRuleException($"One of {person.DisplayName}'s requests was decided or changed while they were being handed over, so nothing was changed: try again.");
        }

        return pending.Count;
    }

    private static async Task MoveReportsAsync(LeaveDbContext db, Employee person, List<Employee> reports, Employee successor, CancellationToken cancellationToken)
    {
        var above = person.ManagerId is { } id ? await db.Employees.SingleOrDefaultAsync(e => e.Id == id && e.IsActive, cancellationToken) : null;
        foreach (var report in reports)
        {
            var manager = report.Id == successor.Id ? above : successor;
            var errors = await DirectoryChecks.ManagerAsync(db, report.Id, manager?.Id, cancellationToken);
            if (errors.Any)
            {
                throw new LeaveRuleException($"{report.DisplayName} cannot report to {manager!.DisplayName}: {string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value))} Choose another successor.");
            }

            report.ReportTo(manager);
        }
    }

    private static string Describe(int pending, List<Employee> reports)
    {
        var requests = pending == 1 ? "1 pending request to decide" : $"{pending} pending requests to decide";
        var people = $"{string.Join(", ", reports.Select(r => r.DisplayName))} reporting to them";
        return (pending, reports.Count) switch
        {
            ( > 0, 0) => requests,
            (0, _) => people,
            _ => $"{requests} and {people}",
        };
    }

    private static IQueryable<Employee> ReportsOf(IQueryable<Employee> employees, string managerId) =>
        employees.Where(e => e.ManagerId == managerId && e.IsActive).OrderBy(e => e.DisplayName);

    private static IQueryable<LeaveRequest> PendingOf(IQueryable<LeaveRequest> requests, string approverId) =>
        requests.Where(r => r.ApproverId == approverId && r.Status == LeaveStatus.Pending);
}
