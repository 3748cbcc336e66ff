using System.Globalization;
using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// How one recurring job is doing, from its <see cref="JobRun"/> row: Healthy when its last run succeeded and no more
/// than <see cref="MissedRunsAllowed"/> scheduled runs have passed since; otherwise Degraded, never Unhealthy: the app
/// still serves people, and taking it out of a load balancer would not make the job run.
/// </summary>
public sealed class JobHealthCheck(LeaveDbContext db, TimeProvider time, string job, CronSchedule? schedule) : IHealthCheck
{
    public const int MissedRunsAllowed = 3;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        JobRun? run;
        try
        {
            run = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Name == job, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The database check reports (and logs) the database itself.
            return HealthCheckResult.Degraded($"Its last run could not be read ({failure.GetType().Name}).");
        }

        var now = time.GetUtcNow();
        var data = Data(run);
        if (run?.LastSucceededAt is not { } succeeded)
        {
            return run?.LastFailedAt is { } failedOnly
                ? HealthCheckResult.Degraded($"It has never succeeded; its last run failed at {Moment(failedOnly)}. The Background jobs dashboard shows why.", data: data)
                : HealthCheckResult.Degraded($"It has not run yet; {NextRun(now)}.", data: data);
        }

        if (run.LastFailedAt is { } failed && failed > succeeded)
        {
            return HealthCheckResult.Degraded($"Its last run failed at {Moment(failed)} (last success {Moment(succeeded)}). The Background jobs dashboard shows why.", data: data);
        }

        if (schedule?.Occurrence(succeeded, MissedRunsAllowed) is { } deadline && now > deadline)
        {
            return HealthCheckResult.Degraded($"It last succeeded at {Moment(succeeded)}, and {MissedRunsAllowed} scheduled runs have passed since; {NextRun(now)}.", data: data);
        }

        return HealthCheckResult.Healthy($"It last succeeded at {Moment(succeeded)}: {run.LastSummary}.", data);
    }

    private Dictionary<string, object> Data(JobRun? run)
    {
        var data = new Dictionary<string, object> { ["cron"] = schedule?.Cron ?? "" };
        if (run?.LastSucceededAt is { } succeeded)
        {
            data["lastSucceededAt"] = succeeded;
            data["lastSummary"] = run.LastSummary ?? "";
        }

        // When, not why: the error text may name servers or paths, and /healthz is anonymous.
        if (run?.LastFailedAt is { } failed)
        {
            data["lastFailedAt"] = failed;
        }

        return data;
    }

    private string NextRun(DateTimeOffset now) => schedule?.Occurrence(now, 1) is { } next
        ? $"the next scheduled run is at {Moment(next)}"
        : "its cron schedules no further run";

    private static string Moment(DateTimeOffset moment) => moment.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture);
}
