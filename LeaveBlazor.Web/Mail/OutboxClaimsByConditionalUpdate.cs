using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// Claims on SQLite: the due ids, then one update that marks those still unclaimed. Writers take turns on one file,
/// so a second claimer never waits on the first's rows; it finds them claimed and leaves them.
/// </summary>
public sealed class OutboxClaimsByConditionalUpdate : IOutboxClaims
{
    public async Task<ClaimedEmails> ClaimDueAsync(LeaveDbContext db, Guid owner, DateTimeOffset now, DateTimeOffset until, int batchSize, CancellationToken cancellationToken)
    {
        var due = await DueQuery(db, now, batchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return ClaimedEmails.None;
        }

        // One pass at a time in a process (the dispatch gate), so the rows marked with its id are this pass's.
        Guid? by = owner;
        DateTimeOffset? claimedUntil = until;
        await db.Outbox
            .Where(m => due.Contains(m.Id) && m.State == OutboxState.Pending && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .ExecuteUpdateAsync(row => row.SetProperty(m => m.ClaimedUntil, claimedUntil).SetProperty(m => m.ClaimedBy, by), cancellationToken);
        var claimed = await db.Outbox.AsNoTracking()
            .Where(m => due.Contains(m.Id) && m.ClaimedBy == by)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return new ClaimedEmails(claimed, due.Count == batchSize);
    }

    /// <summary>
    /// The ids of the first due, unclaimed rows in the order they fall due. That is the order of the (State,
    /// NextAttemptAt) index, so SQLite reads the first rows of the index and stops; ordered by id alone, it read
    /// every due row and sorted them, for every batch.
    /// </summary>
    public static IQueryable<long> DueQuery(LeaveDbContext db, DateTimeOffset now, int batchSize) =>
        db.Outbox.AsNoTracking()
            .Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(batchSize);
}
