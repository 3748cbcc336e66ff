using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Data;

/// <summary>An admin's change as one unit: a fresh context, one transaction, saved and committed together.</summary>
public static class OneTransaction
{
    /// <summary>
    /// On SQLite the transaction begins IMMEDIATE: two admins changing the same thing queue up, so the second one's
    /// checks see the first one's change.
    /// </summary>
    public static async Task<T> InOneTransactionAsync<T>(this IDbContextFactory<LeaveDbContext> contexts, Func<LeaveDbContext, Task<T>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await change(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
