using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// The lists people read: their own requests, their inbox, one request with its timeline. An approver's inbox also
/// holds the requests of approvers they stand in for today (<see cref="StandIns"/>).
/// </summary>
public sealed class LeaveRequestQueries(IDbContextFactory<LeaveDbContext> contexts, LeaveClock clock)
{
    public Task<List<LeaveRequest>> MineAsync(string employeeId, LeaveStatus? status = null, CancellationToken cancellationToken = default) =>
        ReadAsync(requests => Mine(requests, employeeId, status).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>One page of <see cref="MineAsync"/>, newest first, and how many there are in all.</summary>
    public Task<ListPageOf<LeaveRequest>> MineAsync(string employeeId, LeaveStatus? status, ListPage page, CancellationToken cancellationToken = default) =>
        ReadAsync(requests => Mine(requests, employeeId, status).ToPageAsync(page, cancellationToken), cancellationToken);

    /// <summary>Pending requests the approver (or their stand-in) must decide, oldest first.</summary>
    public Task<List<LeaveRequest>> AwaitingDecisionAsync(string approverId, CancellationToken cancellationToken = default) =>
        ReadForAsync(approverId, (requests, deciders) => AwaitingDecision(requests, deciders).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>One page of <see cref="AwaitingDecisionAsync(string, CancellationToken)"/>, oldest first, and how many wait in all.</summary>
    public Task<ListPageOf<LeaveRequest>> AwaitingDecisionAsync(string approverId, ListPage page, CancellationToken cancellationToken = default) =>
        ReadForAsync(approverId, (requests, deciders) => AwaitingDecision(requests, deciders).ToPageAsync(page, cancellationToken), cancellationToken);

    private static IOrderedQueryable<LeaveRequest> Mine(IQueryable<LeaveRequest> requests, string employeeId, LeaveStatus? status) =>
        requests.Where(r => r.RequesterId == employeeId && (status == null || r.Status == status))
            .OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Reference);

    private static IOrderedQueryable<LeaveRequest> AwaitingDecision(IQueryable<LeaveRequest> requests, List<string> deciders) =>
        requests.Where(r => deciders.Contains(r.ApproverId) && r.Status == LeaveStatus.Pending)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Reference);

    /// <summary>Approved leave whose requester asked to cancel it and waits for the approver's answer, oldest ask first.</summary>
    public Task<List<LeaveRequest>> AwaitingCancellationAnswerAsync(string approverId, CancellationToken cancellationToken = default) =>
        ReadForAsync(approverId, (requests, deciders) => requests.Where(r => deciders.Contains(r.ApproverId) && r.Status == LeaveStatus.Approved && r.CancellationAskedAt != null)
            .OrderBy(r => r.CancellationAskedAt)
            .ToListAsync(cancellationToken), cancellationToken);

    /// <summary>How many requests wait for the approver's decision, for the menu.</summary>
    public Task<int> CountAwaitingDecisionAsync(string approverId, CancellationToken cancellationToken = default) =>
        ReadForAsync(approverId, (requests, deciders) => requests.CountAsync(r => deciders.Contains(r.ApproverId) && r.Status == LeaveStatus.Pending, cancellationToken), cancellationToken);

    /// <summary>The person's approved leave that has not ended by <paramref name="today"/>, the soonest first; null when there is none.</summary>
    public Task<LeaveRequest?> NextApprovedAsync(string employeeId, DateOnly today, CancellationToken cancellationToken = default) =>
        ReadAsync(requests => requests.Where(r => r.RequesterId == employeeId && r.Status == LeaveStatus.Approved && r.LastDay >= today)
            .OrderBy(r => r.FirstDay)
            .FirstOrDefaultAsync(cancellationToken), cancellationToken);

    public Task<List<LeaveRequest>> DecidedAsync(string approverId, int take = 100, CancellationToken cancellationToken = default) =>
        ReadAsync(requests => requests.Where(r => r.ApproverId == approverId && r.Status != LeaveStatus.Pending)
            .OrderByDescending(r => r.DecidedAt)
            .Take(take)
            .ToListAsync(cancellationToken), cancellationToken);

    /// <summary>The request with its timeline, or null when it does not exist or the viewer may not see it.</summary>
    public Task<LeaveRequest?> FindAsync(string reference, Viewer viewer, CancellationToken cancellationToken = default) =>
        ReadForAsync(viewer.EmployeeId, (requests, deciders) => Visible(requests.Include(r => r.History.OrderBy(h => h.Id)), reference, viewer, deciders)
            .SingleOrDefaultAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// Only the id of what <see cref="FindAsync"/> finds, for a change that loads the request itself afterwards: neither
    /// the timeline nor the people are read twice.
    /// </summary>
    public Task<Guid?> FindIdAsync(string reference, Viewer viewer, CancellationToken cancellationToken = default) =>
        ReadForAsync(viewer.EmployeeId, (requests, deciders) => Visible(requests, reference, viewer, deciders)
            .Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken), cancellationToken);

    private static IQueryable<LeaveRequest> Visible(IQueryable<LeaveRequest> requests, string reference, Viewer viewer, List<string> deciders) =>
        requests.Where(r => r.Reference == reference)
            .Where(r => viewer.IsAdmin || r.RequesterId == viewer.EmployeeId || deciders.Contains(r.ApproverId));

    /// <summary>Whether the person decides the request: its approver, or who stands in for the approver today.</summary>
    public async Task<bool> DecidesAsync(string employeeId, LeaveRequest request, CancellationToken cancellationToken = default) =>
        request.ApproverId == employeeId
        || await ReadForAsync(employeeId, (_, deciders) => Task.FromResult(deciders.Contains(request.ApproverId)), cancellationToken);

    /// <summary><see cref="ReadAsync"/> with whoever <paramref name="approverId"/> decides for today: themself and those they stand in for.</summary>
    private Task<T> ReadForAsync<T>(string approverId, Func<IQueryable<LeaveRequest>, List<string>, Task<T>> query, CancellationToken cancellationToken) =>
        ReadAsync(async (db, requests) =>
            await query(requests, [approverId, .. await StandIns.StoodInForByAsync(db, approverId, clock.Today, cancellationToken)]), cancellationToken);

    /// <summary>Each list is read on a context of its own, with the requester and approver of every request.</summary>
    private Task<T> ReadAsync<T>(Func<IQueryable<LeaveRequest>, Task<T>> query, CancellationToken cancellationToken) =>
        ReadAsync((_, requests) => query(requests), cancellationToken);

    private async Task<T> ReadAsync<T>(Func<LeaveDbContext, IQueryable<LeaveRequest>, Task<T>> query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await query(db, db.LeaveRequests.AsNoTracking().Include(r => r.Requester).Include(r => r.Approver));
    }
}
