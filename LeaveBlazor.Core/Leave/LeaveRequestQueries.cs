using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Leave;

/// <summary>The lists people read: their own requests, their inbox, one request with its timeline.</summary>
public sealed class LeaveRequestQueries(LeaveDbContext db)
{
    private IQueryable<LeaveRequest> Requests => db.LeaveRequests.AsNoTracking()
        .Include(r => r.Requester)
        .Include(r => r.Approver);

    public Task<List<LeaveRequest>> MineAsync(string employeeId, LeaveStatus? status = null, CancellationToken cancellationToken = default) =>
        Requests.Where(r => r.RequesterId == employeeId && (status == null || r.Status == status))
            .OrderByDescending(r => r.SubmittedAt)
            .ToListAsync(cancellationToken);

    /// <summary>Pending requests the approver must decide, oldest first.</summary>
    public Task<List<LeaveRequest>> AwaitingDecisionAsync(string approverId, CancellationToken cancellationToken = default) =>
        Requests.Where(r => r.ApproverId == approverId && r.Status == LeaveStatus.Pending)
            .OrderBy(r => r.SubmittedAt)
            .ToListAsync(cancellationToken);

    public Task<List<LeaveRequest>> DecidedAsync(string approverId, int take = 100, CancellationToken cancellationToken = default) =>
        Requests.Where(r => r.ApproverId == approverId && r.Status != LeaveStatus.Pending)
            .OrderByDescending(r => r.DecidedAt)
            .Take(take)
            .ToListAsync(cancellationToken);

    /// <summary>The request with its timeline, or null when it does not exist or the viewer may not see it.</summary>
    public Task<LeaveRequest?> FindAsync(string reference, Viewer viewer, CancellationToken cancellationToken = default) =>
        Requests.Include(r => r.History.OrderBy(h => h.Id))
            .Where(r => r.Reference == reference)
            .Where(r => viewer.IsAdmin || r.RequesterId == viewer.EmployeeId || r.ApproverId == viewer.EmployeeId)
            .SingleOrDefaultAsync(cancellationToken);
}
