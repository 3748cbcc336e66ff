using Hangfire;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Web.Backups;
using LeaveBlazor.Web.Mail;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// At start: (re)registers the recurring jobs with the configured crons, and queues one reminder pass and one year-end
/// pass at once, so reminders that fell due while the app was down go now (once: each request's next one is then an
/// interval away) rather than at the cron's next time, and balances catch up with a New Year the app was down over.
/// </summary>
public sealed class RecurringJobsAtStart(
    IRecurringJobManager recurringJobs,
    IBackgroundJobClient jobs,
    IOptions<ReminderOptions> reminders,
    IOptions<MailOptions> mail,
    IOptions<BackupOptions> backup,
    IDatabaseEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        recurringJobs.AddOrUpdate<SendRemindersJob>(SendRemindersJob.Name, job => job.RunAsync(CancellationToken.None), reminders.Value.Cron, utc);
        recurringJobs.AddOrUpdate<DispatchOutboxJob>(DispatchOutboxJob.Name, job => job.RunAsync(CancellationToken.None), mail.Value.SweepCron, utc);
        if (engine.WhyNoBackups is null)
        {
            recurringJobs.AddOrUpdate<BackupJob>(BackupJob.Name, job => job.RunAsync(CancellationToken.None), backup.Value.Cron, utc);
        }
        else
        {
            recurringJobs.RemoveIfExists(BackupJob.Name);
        }

        recurringJobs.AddOrUpdate<YearEndJob>(YearEndJob.Name, job => job.RunAsync(CancellationToken.None), YearEndJob.Cron, utc);
        jobs.Enqueue<SendRemindersJob>(job => job.RunAsync(CancellationToken.None));
        jobs.Enqueue<YearEndJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
