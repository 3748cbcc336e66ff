using LeaveBlazor.Core.Data;
using LeaveBlazor.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// Healthy when the app database answers a trivial query; the only check that makes the app Unhealthy. It names the
/// engine (SQLite or PostgreSQL), never the file or server: /healthz is anonymous.
/// </summary>
public sealed class DatabaseHealthCheck(LeaveDbContext db, DatabaseSettings database, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.JobRuns.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answered.", Engine());
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // /healthz is anonymous: the exception's message (paths, server names) goes to the log, not the answer.
            logger.LogError(failure, "Health check: the database did not answer.");
            return HealthCheckResult.Unhealthy($"The database did not answer ({failure.GetType().Name}).", data: Engine());
        }
    }

    private Dictionary<string, object> Engine() =>
        new() { ["provider"] = database.Provider == DatabaseProvider.PostgreSql ? "PostgreSQL" : "SQLite" };
}
