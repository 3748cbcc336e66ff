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

            errors.ThrowIfAny();
            var line = BalanceEntry.Adjustment(person.Id, policy!.Id, adjustment.Year!.Value, adjustment.Days!.Value, adjustment.Reason!, admin, clock.UtcNow);
            db.BalanceEntries.Add(line);
            var days = adjustment.Days.Value;
            AuditEntry.Record(db, clock.UtcNow, admin, AuditAction.BalanceAdjusted, person.Email,
                $"{policy.Name} {adjustment.Year}: {(days > 0 ? "+" : "")}{LeavePolicyRules.Days(days)}, {line.Note}");
            return line;
        }, cancellationToken);
}
