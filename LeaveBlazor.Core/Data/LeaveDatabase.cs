using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Core.Data;

/// <summary>Bringing the application database up to date, whichever engine holds it.</summary>
public static class LeaveDatabase
{
    /// <summary>Prepares the store (<see cref="IDatabaseEngine.PrepareAsync"/>) and applies pending migrations.</summary>
    public static async Task MigrateLeaveDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        await scope.ServiceProvider.GetRequiredService<IDatabaseEngine>().PrepareAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
