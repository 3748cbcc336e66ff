using LeaveBlazor.Core.Data;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>How a job's recorded runs read as health, on a real SQLite file and a fake clock, without Hangfire.</summary>
public sealed class JobHealthCheckTests : FreshDatabaseTest
{
    private const string Job = "send-reminders";

    // Every 10 minutes: three scheduled runs pass within half an hour.
    private static readonly CronSchedule Schedule = CronSchedule.TryParse("*/10 * * * *", out var schedule)
        ? schedule
        : throw new InvalidOperationException("The test's cron does not parse.");

    [Fact]
    public async Task Job_that_never_ran_is_degraded_and_names_its_next_run()
    {
        var result = await CheckAsync();

        Assert.Equal((HealthStatus.Degraded, "It has not run yet; the next scheduled run is at 2026-11-30 09:10:00Z."), (result.Status, result.Description));
    }

    [Fact]
    public async Task Recent_success_is_healthy_with_its_summary()
    {
        await RecordAsync("2 reminded, 0 escalated, 0 skipped, 0 failed");
        Database.Time.Advance(TimeSpan.FromMinutes(25));

        var result = await CheckAsync();

        Assert.Equal((HealthStatus.Healthy, "It last succeeded at 2026-11-30 09:00:00Z: 2 reminded, 0 escalated, 0 skipped, 0 failed."),
            (result.Status, result.Description));
    }

    [Fact]
    public async Task Success_three_scheduled_runs_ago_is_degraded()
    {
        await RecordAsync("0 reminded, 0 escalated, 0 skipped, 0 failed");
        Database.Time.Advance(TimeSpan.FromMinutes(31));

        var result = await CheckAsync();

        Assert.Equal((HealthStatus.Degraded, "It last succeeded at 2026-11-30 09:00:00Z, and 3 scheduled runs have passed since; the next scheduled run is at 2026-11-30 09:40:00Z."),
            (result.Status, result.Description));
    }

    [Fact]
    public async Task Failure_after_the_last_success_is_degraded()
    {
        await RecordAsync("0 reminded, 0 escalated, 0 skipped, 0 failed");
        Database.Time.Advance(TimeSpan.FromMinutes(10));
        await RecordAsync(failure: new InvalidOperationException("Server=db.internal;Password=hunter2"));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
    }

    [Fact]
    public async Task Failure_is_reported_by_its_time_never_by_its_error_text()
    {
        await RecordAsync(failure: new InvalidOperationException("Server=db.internal;Password=hunter2"));

        var result = await CheckAsync();
        var shown = result.Description + string.Join(" ", result.Data.Select(entry => $"{entry.Key}={entry.Value}"));

        Assert.Equal((true, false), (result.Data.ContainsKey("lastFailedAt"), shown.Contains("hunter2", StringComparison.Ordinal)));
    }

    private Task RecordAsync(string summary = "", Exception? failure = null) =>
        Database.InScopeAsync<LeaveDbContext>(db => JobRun.RecordAsync(db, Job, Database.Time.GetUtcNow(), summary, failure, CancellationToken.None));

    private async Task<HealthCheckResult> CheckAsync()
    {
        await using var scope = Database.CreateScope();
        var check = new JobHealthCheck(scope.ServiceProvider.GetRequiredService<LeaveDbContext>(), Database.Time, Job, Schedule);
        return await check.CheckHealthAsync(new HealthCheckContext());
    }
}
