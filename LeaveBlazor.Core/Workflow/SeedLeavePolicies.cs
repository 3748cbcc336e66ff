using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Workflow;

/// <summary>
/// At start, while no leave type is active (a new database, or one upgraded from when types were only names), makes
/// each name in <c>Leave:Types</c> a policy with its defaults (<see cref="LeavePolicyDefaults"/>). The upgrade left a
/// retired policy for every name its requests used; a configured one is reactivated with the defaults, the others stay
/// retired with their requests. From then on admins manage the types, and <c>Leave:Types</c> is not read again.
/// </summary>
public sealed class SeedLeavePolicies(IDbContextFactory<LeaveDbContext> contexts, IOptions<LeaveOptions> options, LeaveClock clock)
{
    /// <summary>How many types it made active: 0 once seeded.</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // On SQLite this begins IMMEDIATE: a second instance starting at the same time waits, then finds the types seeded.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LeavePolicies.AnyAsync(p => p.IsActive, cancellationToken))
        {
            return 0;
        }

        var upgraded = await db.LeavePolicies.ToListAsync(cancellationToken);
        var names = options.Value.Types;
        for (var position = 0; position < names.Count; position++)
        {
            var draft = LeavePolicyDefaults.For(names[position], position);
            if (upgraded.Named(draft.Name) is { } policy)
            {
                policy.Change(draft);
                policy.Reactivate();
            }
            else
            {
                db.LeavePolicies.Add(policy = LeavePolicy.From(draft));
            }

            AuditEntry.Record(db, clock.UtcNow, Actor.App, AuditAction.LeaveTypeCreated, policy.Name,
                "from Leave:Types, with its defaults: " + string.Join("; ", policy.Settings().Skip(1).Select(s => $"{s.Setting}: {s.Value}")));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return names.Count;
    }
}
