using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.People;

/// <summary>Who works here and who reports to whom, each question read on a context of its own.</summary>
public sealed class EmployeeDirectory(IDbContextFactory<LeaveDbContext> contexts)
{
    public async Task<List<Employee>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Employees.AsNoTracking().Where(e => e.IsActive).OrderBy(e => e.DisplayName).ToListAsync(cancellationToken);
    }

    public async Task<List<Employee>> EveryoneAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Employees.AsNoTracking().Include(e => e.Manager).OrderBy(e => e.DisplayName).ToListAsync(cancellationToken);
    }

    /// <summary>Who may approve this person's leave, and who is proposed when they do not choose.</summary>
    public async Task<ApproverChoices> ApproverChoicesAsync(Employee requester, CancellationToken cancellationToken = default) =>
        ApproverChoices.For(requester, await ActiveAsync(cancellationToken));

    public async Task<Employee?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Employees.AsNoTracking().Include(e => e.Manager).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
    }
}
