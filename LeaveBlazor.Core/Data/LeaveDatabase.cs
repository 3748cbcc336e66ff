using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeaveBlazor.Core.Data;

/// <summary>Setting up the application database: the provider, and bringing the schema up to date.</summary>
public static class LeaveDatabase
{
    /// <summary>
    /// The operations create a context per unit of work from the factory (a Blazor circuit's scope lives long, and a
    /// context shared across its operations would carry one's tracked state into the next); the scoped context remains
    /// for work that is one unit by itself (a migration, a dispatch pass, a health check).
    /// </summary>
    public static IServiceCollection AddLeaveDatabase(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<LeaveDbContext>(options => options.UseLeaveSqlite(connectionString));
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<LeaveDbContext>>().CreateDbContext());
        return services;
    }

    public static DbContextOptionsBuilder UseLeaveSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(SqliteInterceptors());

    /// <summary>What every context on the app's SQLite file needs: its pragmas, and writers lined up in this process.</summary>
    public static IInterceptor[] SqliteInterceptors() => [new SqlitePragmas(), new SqliteWriteQueue()];

    /// <summary>Creates the folder and file if needed, switches the file to WAL and applies pending migrations.</summary>
    public static async Task MigrateAsync(LeaveDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
