using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.People;

/// <summary>Who works here and who reports to whom; keeps the manager chain free of loops.</summary>
public sealed class EmployeeDirectory(LeaveDbContext db)
{
    public Task<List<Employee>> ActiveAsync(CancellationToken cancellationToken = default) =>
        db.Employees.AsNoTracking().Where(e => e.IsActive).OrderBy(e => e.DisplayName).ToListAsync(cancellationToken);

    public Task<List<Employee>> EveryoneAsync(CancellationToken cancellationToken = default) =>
        db.Employees.AsNoTracking().Include(e => e.Manager).OrderBy(e => e.DisplayName).ToListAsync(cancellationToken);

    /// <summary>Who may approve this person's leave, and who is proposed when they do not choose.</summary>
    public async Task<ApproverChoices> ApproverChoicesAsync(Employee requester, CancellationToken cancellationToken = default) =>
        ApproverChoices.For(requester, await ActiveAsync(cancellationToken));

    public Task<Employee?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        db.Employees.AsNoTracking().Include(e => e.Manager).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>A manager approves their reports, so they keep the capability while anyone reports to them.</summary>
    public async Task<FieldErrors> CheckMayStopApprovingAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var reports = await db.Employees.AsNoTracking().Where(e => e.ManagerId == employeeId && e.IsActive)
            .OrderBy(e => e.DisplayName).Select(e => e.DisplayName).ToListAsync(cancellationToken);
        if (reports.Count > 0)
        {
            errors.Add("Roles", $"{string.Join(", ", reports)} report{(reports.Count == 1 ? "s" : "")} to this person, who approves their leave as their manager: give them another manager first.");
        }

        return errors;
    }

    /// <summary>Checks a manager choice: an active person, not the employee, and not someone who reports to them.</summary>
    public async Task<FieldErrors> CheckManagerAsync(string employeeId, string? managerId, CancellationToken cancellationToken = default)
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
        if (!managers.TryGetValue(managerId, out var manager) || !manager.IsActive)
        {
            errors.Add("ManagerId", "Choose an active person as manager.");
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
