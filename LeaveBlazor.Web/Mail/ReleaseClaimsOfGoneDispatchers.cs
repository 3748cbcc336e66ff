using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// At start: records this dispatcher, and gives back at once the claims of dispatchers on this host whose process is
/// gone (killed, crashed, restarted), so their emails leave within seconds rather than when the leases lapse. Claims of
/// a dispatcher that still runs, or runs on another host, are left to their leases: a start never takes a live one's.
/// </summary>
public sealed class ReleaseClaimsOfGoneDispatchers(LeaveDbContext db, ThisDispatcher me, ILogger<ReleaseClaimsOfGoneDispatchers> logger)
{
    /// <summary>Returns how many emails were given back.</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        await RecordThisDispatcherAsync(cancellationToken);
        var sameHost = await db.OutboxDispatchers.AsNoTracking()
            .Where(d => d.Id != me.Id && d.Host == me.Process.Host)
            .ToListAsync(cancellationToken);
        var gone = sameHost.Where(me.SeesGone).Select(d => d.Id).ToList();
        var released = 0;
        if (gone.Count > 0)
        {
            released = await db.Outbox
                .Where(m => m.ClaimedBy != null && gone.Contains(m.ClaimedBy.Value) && m.State == OutboxState.Pending)
                .ExecuteUpdateAsync(row => row.SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null).SetProperty(m => m.ClaimedBy, (Guid?)null), cancellationToken);
            await db.OutboxDispatchers.Where(d => gone.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        // Dispatchers elsewhere that hold nothing leave no trace behind (a host that never comes back, such as a
        // replaced container); should one still run, its next crash only waits for its leases.
        var outbox = db.Outbox;
        await db.OutboxDispatchers
            .Where(d => d.Id != me.Id && d.Host != me.Process.Host && !outbox.Any(m => m.ClaimedBy == d.Id))
            .ExecuteDeleteAsync(cancellationToken);

        if (released > 0)
        {
            logger.LogWarning("{Count} email(s) claimed by a dispatcher that is gone (its process ended) were given back for sending.", released);
        }

        return released;
    }

    private async Task RecordThisDispatcherAsync(CancellationToken cancellationToken)
    {
        if (!await db.OutboxDispatchers.AnyAsync(d => d.Id == me.Id, cancellationToken))
        {
            var row = me.Process;
            db.OutboxDispatchers.Add(new OutboxDispatcherProcess(row.Id, row.Host, row.ProcessId, row.ProcessStartedAt));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
