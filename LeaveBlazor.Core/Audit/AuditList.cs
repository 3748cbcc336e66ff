using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Audit;

/// <summary>What an admin narrows the audit list to; every part is optional. Days are in the app's time zone, both included.</summary>
public sealed record AuditFilter(AuditAction? Action = null, string? Who = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>The audit list as admins read it: newest first, filtered, a page at a time.</summary>
public sealed class AuditList(IDbContextFactory<LeaveDbContext> contexts, LeaveClock clock)
{
    public async Task<ListPageOf<AuditEntry>> ListAsync(AuditFilter filter, ListPage page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (filter.Who?.Trim().ToLowerInvariant() is { Length: > 0 } who)
        {
            entries = entries.Where(e => e.ActorName.ToLower().Contains(who) || e.Subject.ToLower().Contains(who) || e.Details.ToLower().Contains(who));
        }

        if (filter.From is { } from)
        {
            var start = clock.StartOf(from);
            entries = entries.Where(e => e.At >= start);
        }

        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = clock.StartOf(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        return await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToPageAsync(page, cancellationToken);
    }
}
