using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Leave;

/// <summary>Loading a request to change it, and saving the change so that a lost race reads as a clear conflict.</summary>
internal static class LeaveTransitions
{
    /// <summary>
    /// Loads fresh state: in Blazor Server a context lives as long as the circuit, so anything it tracked
    /// from an earlier operation (or a failed one) is dropped first.
    /// </summary>
    public static async Task<LeaveRequest> LoadForChangeAsync(this LeaveDbContext db, Guid requestId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.LeaveRequests
                .Include(r => r.Requester)
                .Include(r => r.Approver)
                .Include(r => r.History)
                .AsSplitQuery()
                .SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new LeaveRequestNotFoundException(requestId.ToString());
    }

    public static async Task SaveTransitionAsync(this LeaveDbContext db, LeaveRequest request, LeaveClock clock, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var winner = await db.LeaveRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id, cancellationToken);
            throw new LeaveConflictException($"{winner.Reference} was already {winner.DescribeOutcome(clock)}.");
        }
    }
}
