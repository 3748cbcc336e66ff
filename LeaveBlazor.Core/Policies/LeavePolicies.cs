using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Policies;

/// <summary>The leave types as the pages and the API read them, each list on a context of its own.</summary>
public sealed class LeavePolicies(IDbContextFactory<LeaveDbContext> contexts)
{
    /// <summary>The types offered for new requests, in the order they were made (the first is the form's default).</summary>
    public async Task<List<LeavePolicy>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LeavePolicies.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Every type, the retired ones after the active ones, for the admin's list.</summary>
    public async Task<List<LeavePolicy>> EveryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LeavePolicies.AsNoTracking().OrderByDescending(p => p.IsActive).ThenBy(p => p.Id).ToListAsync(cancellationToken);
    }
}

/// <summary>Finding a type by the name a person typed or chose.</summary>
public static class LeavePolicyLookup
{
    /// <summary>The type called <paramref name="name"/> (case ignored), or null.</summary>
    public static LeavePolicy? Named(this IEnumerable<LeavePolicy> policies, string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : policies.FirstOrDefault(p => LeavePolicyRules.SameName(p.Name, name));
}
