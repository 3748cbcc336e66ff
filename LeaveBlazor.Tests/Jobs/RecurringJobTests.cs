using LeaveBlazor.Core.Data;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Jobs;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>The app with both crons set away from their defaults, as an operator would.</summary>
public sealed class ScheduledJobsApp() : JobsApp(new Dictionary<string, string?>
{
    ["Reminders:Cron"] = ScheduledJobsApp.RemindersCron,
    ["Smtp:SweepCron"] = ScheduledJobsApp.SweepCron,
})
{
    // Never due while a test runs: the first is a yearly cron, the second one with seconds on a day that never comes.
    public const string RemindersCron = "15 3 1 1 *";
    public const string SweepCron = "30 */5 * 30 2 *";
}

[Collection(LeaveAppCollection.Name)]
public sealed class RecurringJobTests(ScheduledJobsApp app) : IClassFixture<ScheduledJobsApp>
{
    [Fact]
    public void Every_recurring_job_is_registered_with_its_configured_cron_in_utc()
    {
        var jobs = app.RecurringJobs().OrderBy(job => job.Id).Select(job => (job.Id, job.Cron, job.TimeZoneId));

        Assert.Equal(
            [(BackupJob.Name, Hangfire.Cron.Never(), "UTC"), (DispatchOutboxJob.Name, ScheduledJobsApp.SweepCron, "UTC"), (SendRemindersJob.Name, ScheduledJobsApp.RemindersCron, "UTC"),
                (YearEndJob.Name, "5 * * * *", "UTC")],
            jobs);
    }

    [Fact]
    public async Task Triggered_outbox_sweep_runs_its_job_class_and_records_the_run()
    {
        var state = await app.RunRecurringJobAsync(DispatchOutboxJob.Name);
        var run = await app.JobRunAsync(DispatchOutboxJob.Name);

        Assert.Equal(("Succeeded", app.Time.GetUtcNow(), "0 sent, 0 failed, 0 to retry, 0 skipped"), (state, run?.LastSucceededAt, run?.LastSummary));
    }

    [Fact]
    public async Task Year_end_runs_once_at_start_so_balances_catch_up_with_a_new_year_the_app_was_down_over()
    {
        var run = await Eventually.HoldsAsync(() => app.JobRunAsync(YearEndJob.Name), r => r?.LastSucceededAt is not null, "the year-end pass at start to finish");

        Assert.Matches("^[0-9]+ grant lines, 0 carried over, 0 expired$", run!.LastSummary);
    }

    [Fact]
    public async Task Triggered_year_end_runs_its_job_class_and_a_second_run_writes_nothing()
    {
        await Eventually.HoldsAsync(() => app.JobRunAsync(YearEndJob.Name), r => r?.LastSucceededAt is not null, "the year-end pass at start to finish");

        var state = await app.RunRecurringJobAsync(YearEndJob.Name);

        Assert.Equal(("Succeeded", "0 grant lines, 0 carried over, 0 expired"), (state, (await app.JobRunAsync(YearEndJob.Name))?.LastSummary));
    }
}
