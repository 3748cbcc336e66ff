using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.People;

/// <summary>
/// The rules a change to the directory must meet, checked on the caller's context: the admin's change runs them inside
/// its own transaction, so two admins saving "A reports to B" and "B reports to A" cannot both pass.
/// </summary>
public static class DirectoryChecks
{
    /// <summary>
    /// A manager approves their reports, so they keep the capability while anyone reports to them; and someone must be
    /// left to approve at all, or nobody could ask for leave.
    /// </summary>
    public static async Task<FieldErrors> MayStopApprovingAsync(LeaveDbContext db, string employeeId, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var approving = await db.Employees.AsNoTracking().Where(e => e.IsActive && e.CanApprove).Select(e => e.Id).ToListAsync(cancellationToken);
        if (approving.SequenceEqual([employeeId]))
        {
            errors.Add("Roles", "This is the only active approver: make someone else an approver first, or nobody could ask for leave.");
            return errors;
        }

        var reports = await db.Employees.AsNoTracking().Where(e => e.ManagerId == employeeId && e.IsActive)
            .OrderBy(e => e.DisplayName).Select(e => e.DisplayName).ToListAsync(cancellationToken);
        if (reports.Count > 0)
        {
            errors.Add("Roles", $"{string.Join(", ", reports)} report{(reports.Count == 1 ? "s" : "")} to this person, who approves their leave as their manager: give them another manager first.");
        }

        return errors;
    }

    /// <summary>Checks a manager choice: an active person, not the employee, and not someone who reports to them.</summary>
    public static async Task<FieldErrors> ManagerAsync(LeaveDbContext db, string employeeId, string? managerId, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(managerId))
        {
            return errors;
        }

        if (managerId == employeeId)
        {
            errors.Add("ManagerId", "A person cannot be their own manager.");
            return errors;
        }

        var managers = await db.Employees.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e, cancellationToken);
        if (!managers.TryGetValue(managerId, out var manager))
        {
            errors.Add("ManagerId", "Choose an active person as manager.");
            return errors;
        }

        if (!manager.IsActive)
        {
            errors.Add("ManagerId", $"{manager.DisplayName} is deactivated: choose an active person as manager.");
            return errors;
        }

        var seen = new HashSet<string>();
        for (var above = manager; above is not null && seen.Add(above.Id); above = above.ManagerId is { } next ? managers.GetValueOrDefault(next) : null)
        {
            if (above.ManagerId == employeeId)
            {
                errors.Add("ManagerId", $"{manager.DisplayName} already reports to this person (directly or through others), so cannot be their manager.");
                break;
            }
        }

        return errors;
    }
}
