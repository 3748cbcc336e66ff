using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Data.PostgreSql;

/// <summary>
/// Claims on PostgreSQL in one statement: the oldest due rows that no other transaction holds are locked and marked,
/// and rows another instance is claiming or saving at that moment are passed over (<c>SKIP LOCKED</c>) rather than
/// waited for, so dispatchers on several instances never queue behind each other's row locks.
/// </summary>
public sealed class OutboxClaimsSkippingLocked : IOutboxClaims
{
    private const string Pending = nameof(OutboxState.Pending);

    public async Task<ClaimedEmails> ClaimDueAsync(LeaveDbContext db, Guid owner, DateTimeOffset now, DateTimeOffset until, int batchSize, CancellationToken cancellationToken)
    {
        // MATERIALIZED: the rows are chosen and locked once, whatever plan the update gets. Nothing may be composed on
        // this query (no Where, OrderBy…): EF would wrap the UPDATE in a SELECT, which PostgreSQL refuses.
        var claimed = await db.Outbox.FromSql($"""
            WITH due AS MATERIALIZED (
                SELECT "Id" FROM "Outbox"
                WHERE "State" = {Pending} AND "NextAttemptAt" <= {now} AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" <= {now})
                ORDER BY "NextAttemptAt", "Id" LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            UPDATE "Outbox" AS claimed SET "ClaimedUntil" = {until}, "ClaimedBy" = {owner}
            FROM due WHERE claimed."Id" = due."Id"
            RETURNING claimed.*
            """).AsNoTracking().ToListAsync(cancellationToken);
        return new ClaimedEmails([.. claimed.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)], claimed.Count == batchSize);
    }
}
