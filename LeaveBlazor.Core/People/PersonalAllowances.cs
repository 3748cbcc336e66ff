using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.People;

/// <summary>
/// Gives a person their own allowances on the caller's context, so they are saved in the transaction that saves the
/// rest of the person (the admin's change, the import), or not at all.
/// </summary>
/// <remarks>
/// A change applies to the whole of the current year from the year end's next run (<see cref="YearlyAllowances"/>):
/// the year's grant is worked out again with the new allowance and the difference written as a pro-rata line (or the
/// next accrual), the same way as a change of the type's allowance; planning a request counts the new allowance at once
/// where it adds days, and where it takes days away once that line is written. Lines already written are never changed.
/// </remarks>
public static class PersonalAllowances
{
    /// <summary>How <see cref="DescribeAsync"/> says that the person has the types' allowances.</summary>
    public const string TypesOwn = "the leave types'";

    /// <summary>The problems <see cref="PersonalAllowanceRules.Check"/> finds against the leave types there are.</summary>
    public static async Task<FieldErrors> CheckAsync(LeaveDbContext db, IReadOnlyCollection<PersonalAllowanceDraft> allowances, CancellationToken cancellationToken = default) =>
        allowances.Count == 0
            ? new FieldErrors()
            : PersonalAllowanceRules.Check(allowances, await db.LeavePolicies.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The person's own allowances, by type, in the order the types were made.</summary>
    public static async Task<List<PersonalAllowanceDraft>> OfAsync(LeaveDbContext db, string employeeId, CancellationToken cancellationToken = default) =>
        await db.PersonalAllowances.AsNoTracking().Where(a => a.EmployeeId == employeeId).OrderBy(a => a.LeavePolicyId)
            .Select(a => new PersonalAllowanceDraft(a.LeavePolicyId, a.YearlyAllowanceDays)).ToListAsync(cancellationToken);

    /// <summary>
    /// Makes allowances that <see cref="CheckAsync"/> accepted the person's own: every type not among them has the type's
    /// allowance again. Saved with the caller's next <c>SaveChanges</c>.
    /// </summary>
    public static async Task SetAsync(LeaveDbContext db, string employeeId, IReadOnlyCollection<PersonalAllowanceDraft> checkedAllowances, CancellationToken cancellationToken = default)
    {
        var current = await db.PersonalAllowances.Where(a => a.EmployeeId == employeeId).ToListAsync(cancellationToken);
        db.PersonalAllowances.RemoveRange(current.Where(a => checkedAllowances.All(c => c.LeavePolicyId != a.LeavePolicyId)));
        foreach (var allowance in checkedAllowances)
        {
            if (current.FirstOrDefault(a => a.LeavePolicyId == allowance.LeavePolicyId) is { } kept)
            {
                kept.Change(allowance.YearlyAllowanceDays);
            }
            else
            {
                db.PersonalAllowances.Add(new PersonalAllowance(employeeId, allowance.LeavePolicyId, allowance.YearlyAllowanceDays));
            }
        }
    }

    /// <summary>"Annual 28 days, Study 5 days" as saved, or "the leave types'" when the person has none of their own: what the audit keeps.</summary>
    public static async Task<string> DescribeAsync(LeaveDbContext db, string employeeId, CancellationToken cancellationToken = default)
    {
        var own = await db.PersonalAllowances.AsNoTracking().Where(a => a.EmployeeId == employeeId)
            .Join(db.LeavePolicies, a => a.LeavePolicyId, p => p.Id, (a, p) => new { p.Id, p.Name, a.YearlyAllowanceDays })
            .ToListAsync(cancellationToken);
        return own.Count == 0
            ? TypesOwn
            : string.Join(", ", own.OrderBy(a => a.Id).Select(a => $"{a.Name} {LeavePolicyRules.Days(a.YearlyAllowanceDays)}"));
    }
}
