using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Balances;

/// <summary>An admin corrects a person's balance with a new ledger line (who, when and why kept), audited in its transaction.</summary>
public sealed class AdjustBalance(IDbContextFactory<LeaveDbContext> contexts, LeaveClock clock)
{
    public Task<BalanceEntry> ExecuteAsync(string employeeId, BalanceAdjustment adjustment, Actor admin, CancellationToken cancellationToken = default) =>
        contexts.InOneTransactionAsync(async db =>
        {
            var errors = BalanceAdjustmentRules.Check(adjustment, clock.Today);
            var person = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employeeId, cancellationToken)
                ?? throw new LeaveRuleException("That person is no longer in the directory: reload the page.");
            var policy = adjustment.LeavePolicyId is { } id
                ? await db.LeavePolicies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                : null;
            if (adjustment.LeavePolicyId is not null && policy is not { CountsAgainstAllowance: true })
            {
                errors.Add(BalanceAdjustmentFields.LeaveType, "Choose a leave type that counts against an allowance: only those have a balance.");
            }

            return Add(db, person, policy, adjustment, errors, admin);
        }, cancellationToken);

    /// <summary>The same for the person with <paramref name="email"/>, the type by name (as the API asks).</summary>
    /// <exception cref="PersonNotFoundException">Nobody has the address.</exception>
    public Task<BalanceEntry> ExecuteAsync(string email, NamedBalanceAdjustment named, Actor admin, CancellationToken cancellationToken = default) =>
        contexts.InOneTransactionAsync(async db =>
        {
            var address = email.Trim().ToUpperInvariant();
            var person = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Email.ToUpper() == address, cancellationToken)
                ?? throw new PersonNotFoundException(email);
            var policies = await db.LeavePolicies.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
            var policy = policies.Named(named.Type);
            var adjustment = new BalanceAdjustment(policy?.Id, named.Year, named.Days, named.Reason);
            var errors = BalanceAdjustmentRules.CheckAmount(adjustment, clock.Today);
            if (string.IsNullOrWhiteSpace(named.Type))
            {
                errors.Add(BalanceAdjustmentFields.LeaveType, BalanceAdjustmentRules.ChooseType);
            }
            else if (policy is not { CountsAgainstAllowance: true })
            {
                var counted = string.Join(", ", policies.Where(p => p.CountsAgainstAllowance).Select(p => p.Name));
                errors.Add(BalanceAdjustmentFields.LeaveType,
                    $"'{PeopleCsv.Shortened(named.Type)}' is not a leave type with a balance: use one of {counted}.");
            }

            return Add(db, person, policy, adjustment, errors, admin);
        }, cancellationToken);

    private BalanceEntry Add(LeaveDbContext db, Employee person, LeavePolicy? policy, BalanceAdjustment adjustment, FieldErrors errors, Actor admin)
    {
        errors.ThrowIfAny();
        var line = BalanceEntry.Adjustment(person.Id, policy!.Id, adjustment.Year!.Value, adjustment.Days!.Value, adjustment.Reason!, admin, clock.UtcNow);
        db.BalanceEntries.Add(line);
        var days = adjustment.Days.Value;
        AuditEntry.Record(db, clock.UtcNow, admin, AuditAction.BalanceAdjusted, person.Email,
            $"{policy.Name} {adjustment.Year}: {(days > 0 ? "+" : "")}{LeavePolicyRules.Days(days)}, {line.Note}");
        return line;
    }
}
