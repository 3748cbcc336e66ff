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

    public Task<Employee?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        db.Employees.AsNoTracking().Include(e => e.Manager).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

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
