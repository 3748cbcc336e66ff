using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeaveBlazor.Core.Data.PostgreSql;

/// <summary>The application database on a PostgreSQL server: the scale-out path, shared by every app instance.</summary>
public static class PostgreSqlDatabase
{
    /// <summary>
    /// The advisory lock every writing transaction takes first (<see cref="PostgreSqlWriteTurn"/>): an arbitrary key of
    /// LeaveBlazor's own, the same in every instance (the ASCII of "LeaveBlz"); pg_locks shows who holds or waits for it.
    /// </summary>
    public const long WriteTurnLockKey = 0x4C65617665426C7A;

    public const string BackupsElsewhere =
        "The database is on PostgreSQL: back it up with the server's own tools (pg_dump, or your provider's snapshots); LeaveBlazor copies only its embedded SQLite file.";

    /// <summary>As on SQLite: a context per unit of work from the factory's pool, and a scoped one for work that is one unit by itself.</summary>
    public static IServiceCollection AddLeavePostgreSql(this IServiceCollection services, string connectionString)
    {
        services.AddPooledDbContextFactory<PostgreSqlLeaveDbContext>(options => options.UseLeavePostgreSql(connectionString));
        services.TryAddSingleton<IDbContextFactory<LeaveDbContext>, ContextsOf<PostgreSqlLeaveDbContext>>();
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<LeaveDbContext>>().CreateDbContext());
        services.TryAddSingleton<IDatabaseEngine, PostgreSqlEngine>();
        return services;
    }

    public static DbContextOptionsBuilder UseLeavePostgreSql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).AddInterceptors(Interceptors());

    /// <summary>What every context on the app's PostgreSQL database needs: transactions that take their turn (<see cref="PostgreSqlWriteTurn"/>).</summary>
    public static IInterceptor[] Interceptors() => [new PostgreSqlWriteTurn()];

    private sealed class ContextsOf<TContext>(IDbContextFactory<TContext> contexts) : IDbContextFactory<LeaveDbContext>
        where TContext : LeaveDbContext
    {
        public LeaveDbContext CreateDbContext() => contexts.CreateDbContext();
    }
}
