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

    /// <summary>
    /// A page of everyone, deactivated people included, by name; only those whose name or email contains
    /// <paramref name="search"/> (any case) when it is given.
    /// </summary>
    public async Task<ListPageOf<Employee>> PageAsync(string? search, ListPage page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = db.Employees.AsNoTracking();
        if (search?.Trim().ToLowerInvariant() is { Length: > 0 } term)
        {
            people = people.Where(e => e.DisplayName.ToLower().Contains(term) || e.Email.ToLower().Contains(term));
        }

        return await people.Include(e => e.Manager).OrderBy(e => e.DisplayName).ThenBy(e => e.Id).ToPageAsync(page, cancellationToken);
    }

    /// <summary>Who may approve this person's leave, and who is proposed when they do not choose.</summary>
    public async Task<ApproverChoices> ApproverChoicesAsync(Employee requester, CancellationToken cancellationToken = default)
    {
        // Read narrowed to the people who approve at all, not a directory of thousands; the rule itself is MayApproveLeaveOf.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return ApproverChoices.For(requester, await db.Employees.AsNoTracking().Where(e => e.IsActive && e.CanApprove).ToListAsync(cancellationToken));
    }

    public async Task<Employee?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Employees.AsNoTracking().Include(e => e.Manager).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
    }
}
