using Hangfire;
using Hangfire.Logging;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Web.Data;
using LeaveBlazor.Web.Hosting;
using LeaveBlazor.Web.Mail;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Jobs;

public static class JobsSetup
{
    public const string HealthPath = "/healthz";

    /// <summary>
    /// Background jobs with Hangfire: the <c>Hangfire</c> settings and the jobs' crons (checked at start), a server
    /// in this process, the recurring <c>send-reminders</c>, <c>dispatch-outbox</c>, <c>backup</c> and <c>year-end</c> jobs, and the health checks.
    /// </summary>
    public static WebApplicationBuilder AddLeaveJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var database = DatabaseSettings.Of(builder);
        services.AddCheckedSettings<HangfireOptions>(builder.Configuration, HangfireOptions.Section,
            hangfire => hangfire.Problems(builder.Environment.ContentRootPath, database));
        services.PostConfigure<HangfireOptions>(hangfire => hangfire.FollowDatabase(database.Provider));
        services.AddSettingsProblems<ReminderOptions>(reminders => CronSchedule.Problems("Reminders:Cron", reminders.Cron));
        services.AddSettingsProblems<MailOptions>(mail => CronSchedule.Problems("Smtp:SweepCron", mail.SweepCron));

        // Storage and activator of this host's own, registered before AddHangfire so that it does not fall back on
        // Hangfire's static ones, which outlive a host (several hosts run one after another in the tests).
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<HangfireOptions>>().Value.CreateStorage(
            builder.Environment.ContentRootPath,
            database,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HangfireSqliteFile)),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<JobActivator, ContainerJobActivator>();
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((provider, server) =>
        {
            server.Activator = provider.GetRequiredService<JobActivator>();
            server.WorkerCount = 4; // two recurring jobs, and room for a run waiting on the other's lock
        });

        services.AddScoped<JobRunRecorder>();
        services.AddScoped<SendRemindersJob>();
        services.AddScoped<DispatchOutboxJob>();
        services.AddScoped<YearEndJob>();
        services.AddHostedService<RecurringJobsAtStart>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name)
            .AddCheck<JobStorageHealthCheck>(JobStorageHealthCheck.Name, failureStatus: HealthStatus.Degraded)
            .Add(JobCheck(SendRemindersJob.Name, provider => provider.GetRequiredService<IOptions<ReminderOptions>>().Value.Cron))
            .Add(JobCheck(DispatchOutboxJob.Name, provider => provider.GetRequiredService<IOptions<MailOptions>>().Value.SweepCron))
            .Add(JobCheck(YearEndJob.Name, _ => YearEndJob.Cron));
        return builder;
    }

    /// <summary>The admins' dashboard at /hangfire, and the anonymous health answer at /healthz.</summary>
    public static WebApplication MapLeaveJobs(this WebApplication app)
    {
        // Hangfire logs through one process-wide provider, bound to this host's logger factory, which is disposed with
        // the host; a later host in the same process (the tests start many) sets its own, and logs nothing meanwhile.
        app.Lifetime.ApplicationStopped.Register(() => LogProvider.SetCurrentLogProvider(null));
        app.MapJobsDashboard();
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthJson.WriteAsync }).AllowAnonymous();
        return app;
    }

    private static HealthCheckRegistration JobCheck(string job, Func<IServiceProvider, string> cron) =>
        new(job, provider => new JobHealthCheck(
                provider.GetRequiredService<LeaveDbContext>(),
                provider.GetRequiredService<TimeProvider>(),
                job,
                CronSchedule.TryParse(cron(provider), out var schedule) ? schedule : null),
            failureStatus: HealthStatus.Degraded, tags: null);
}
