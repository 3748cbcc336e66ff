using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// Whether Hangfire's storage answers, and which it is. Degraded when it does not, never Unhealthy: people are still
/// served, emails still leave through the dispatcher's own loop, and only scheduled job runs wait for it.
/// </summary>
public sealed class JobStorageHealthCheck(JobStorage storage, IOptions<HangfireOptions> options, ILogger<JobStorageHealthCheck> logger) : IHealthCheck
{
    public const string Name = "job-storage";

    // Hangfire's own name for the set that lists the recurring jobs.
    private const string RecurringJobsSet = "recurring-jobs";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var hangfire = options.Value;
        var data = new Dictionary<string, object> { ["storage"] = hangfire.StorageName };
        if (hangfire.UsesSqlite)
        {
            // The file's name only: /healthz is anonymous, and the folder would tell how the server is laid out.
            data["file"] = Path.GetFileName(hangfire.SqliteFile);
        }
        else if (hangfire.UsesPostgreSql)
        {
            data["schema"] = HangfirePostgreSqlSchema.SchemaName;
        }

        try
        {
            using var connection = storage.GetConnection();
            data["recurringJobs"] = connection.GetAllItemsFromSet(RecurringJobsSet).Count;
            return Task.FromResult(HealthCheckResult.Healthy($"Hangfire's {hangfire.StorageName} storage answered.", data));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "Health check: Hangfire's storage did not answer.");
            return Task.FromResult(HealthCheckResult.Degraded($"Hangfire's {hangfire.StorageName} storage did not answer ({failure.GetType().Name}).", data: data));
        }
    }
}
