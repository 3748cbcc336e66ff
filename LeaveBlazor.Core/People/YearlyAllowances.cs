using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Policies;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.People;

/// <summary>
/// The days a year people have of each counted leave type: their own (<see cref="PersonalAllowance"/>) where an admin
/// gave one, else the type's. Everything that grants or plans with a yearly allowance reads it through <see cref="Of"/>,
/// so an override counts everywhere or nowhere.
/// </summary>
public sealed class YearlyAllowances
{
    private readonly Dictionary<(string EmployeeId, int LeavePolicyId), decimal> _own;

    private YearlyAllowances(Dictionary<(string, int), decimal> own) => _own = own;

    /// <summary>The allowances of <paramref name="employeeIds"/>, read once for all of them.</summary>
    public static async Task<YearlyAllowances> ForAsync(LeaveDbContext db, IReadOnlyCollection<string> employeeIds, CancellationToken cancellationToken = default)
    {
        var own = await db.PersonalAllowances.AsNoTracking().Where(a => employeeIds.Contains(a.EmployeeId)).ToListAsync(cancellationToken);
        return new YearlyAllowances(own.ToDictionary(a => (a.EmployeeId, a.LeavePolicyId), a => a.YearlyAllowanceDays));
    }

    /// <summary>The person's yearly allowance of the type; 0 for a type that counts against nothing (whatever was once given).</summary>
    public decimal Of(Employee person, LeavePolicy policy) =>
        !policy.CountsAgainstAllowance ? 0
        : _own.TryGetValue((person.Id, policy.Id), out var days) ? days
        : policy.YearlyAllowanceDays;
}
