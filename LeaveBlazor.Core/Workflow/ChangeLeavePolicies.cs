using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>
/// What an admin does to leave types: add, change, retire and reactivate. Each change is checked by
/// <see cref="LeavePolicyRules"/>, and saved with its line in the admin audit, in one transaction.
/// </summary>
public sealed class ChangeLeavePolicies(IDbContextFactory<LeaveDbContext> contexts, LeaveClock clock)
{
    public Task<LeavePolicy> AddAsync(LeavePolicyDraft draft, Actor admin, CancellationToken cancellationToken = default) =>
        contexts.InOneTransactionAsync(async db =>
        {
            await CheckAsync(db, draft, id: null, cancellationToken);
            var policy = LeavePolicy.From(draft);
            db.LeavePolicies.Add(policy);
            AuditEntry.Record(db, clock.UtcNow, admin, AuditAction.LeaveTypeCreated, policy.Name, string.Join("; ", policy.Settings().Select(s => $"{s.Setting}: {s.Value}")));
            return policy;
        }, cancellationToken);

    public Task<LeavePolicy> ChangeAsync(int id, LeavePolicyDraft draft, Actor admin, CancellationToken cancellationToken = default) =>
        contexts.InOneTransactionAsync(async db =>
        {
            var policy = await FindAsync(db, id, cancellationToken);
            await CheckAsync(db, draft, id, cancellationToken);
            var before = policy.Settings();
            policy.Change(draft);
            var changes = before.Zip(policy.Settings(), (was, now) => was.Value == now.Value ? null : $"{was.Setting}: {was.Value} → {now.Value}").OfType<string>().ToList();
            if (changes.Count > 0)
            {
                AuditEntry.Record(db, clock.UtcNow, admin, AuditAction.LeaveTypeChanged, policy.Name, string.Join("; ", changes));
            }

            return policy;
        }, cancellationToken);

    /// <summary>
    /// A retired type is offered for no new request; its requests, pending ones included, go on as they were. The last
    /// active type cannot be retired, or nobody could ask for leave.
    /// </summary>
    public Task<LeavePolicy> SetActiveAsync(int id, bool active, Actor admin, CancellationToken cancellationToken = default) =>
        contexts.InOneTransactionAsync(async db =>
        {
            var policy = await FindAsync(db, id, cancellationToken);
            if (policy.IsActive == active)
            {
                return policy;
            }

            if (!active && !await db.LeavePolicies.AnyAsync(p => p.IsActive && p.Id != id, cancellationToken))
            {
                throw new LeaveRuleException($"{policy.Name} is the only active leave type: add or reactivate another before retiring it, or nobody could ask for leave.");
            }

            if (active)
            {
                policy.Reactivate();
            }
            else
            {
                policy.Retire();
            }

            AuditEntry.Record(db, clock.UtcNow, admin, active ? AuditAction.LeaveTypeReactivated : AuditAction.LeaveTypeRetired, policy.Name,
                active ? "offered for new requests again" : "no longer offered for new requests; its requests keep it");
            return policy;
        }, cancellationToken);

    private static async Task CheckAsync(LeaveDbContext db, LeavePolicyDraft draft, int? id, CancellationToken cancellationToken)
    {
        var errors = LeavePolicyRules.Check(draft);
        if (!errors.Has(LeavePolicyFields.Name))
        {
            var others = await db.LeavePolicies.Where(p => p.Id != id).Select(p => new { p.Name, p.IsActive }).ToListAsync(cancellationToken);
            if (others.FirstOrDefault(p => LeavePolicyRules.SameName(p.Name, draft.Name!)) is { } clash)
            {
                errors.Add(LeavePolicyFields.Name, clash.IsActive
                    ? $"There is already a leave type called {clash.Name}: choose another name."
                    : $"There is already a retired leave type called {clash.Name}: reactivate it, or choose another name.");
            }
        }

        errors.ThrowIfAny();
    }

    private static async Task<LeavePolicy> FindAsync(LeaveDbContext db, int id, CancellationToken cancellationToken) =>
        await db.LeavePolicies.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new LeaveRuleException("That leave type no longer exists: reload the page.");
}
