using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeaveBlazor.Core.Data.Sqlite;

/// <summary>The application database on a SQLite file: the embedded default.</summary>
public static class SqliteDatabase
{
    /// <summary>
    /// The operations create a context per unit of work from the factory (a Blazor circuit's scope lives long, and a
    /// context shared across its operations would carry one's tracked state into the next); the scoped context remains
    /// for work that is one unit by itself (a migration, a dispatch pass, a health check). The factory lends contexts
    /// from a pool: a decision by API creates about six, and setting up a new one's services cost more than reusing one.
    /// </summary>
    public static IServiceCollection AddLeaveSqlite(this IServiceCollection services, string connectionString)
    {
        services.AddPooledDbContextFactory<LeaveDbContext>(options => options.UseLeaveSqlite(connectionString));
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<LeaveDbContext>>().CreateDbContext());
        services.TryAddSingleton<IDatabaseEngine, SqliteEngine>();
        return services;
    }

    public static DbContextOptionsBuilder UseLeaveSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(Interceptors());

    /// <summary>What every context on the app's SQLite file needs: its pragmas, and writers lined up in this process.</summary>
    public static IInterceptor[] Interceptors() => [new SqlitePragmas(), new SqliteWriteQueue()];
}
