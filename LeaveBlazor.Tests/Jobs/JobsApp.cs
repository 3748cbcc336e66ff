using Hangfire.Storage;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>
/// The real app on a fake clock (<see cref="DecisionLinkApp"/>) with its Hangfire server, with the settings a test
/// gives on top. Recurring jobs never come due by themselves unless a test sets their crons; tests run them on demand.
/// </summary>
public class JobsApp : DecisionLinkApp
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public JobsApp()
        : this(new Dictionary<string, string?>())
    {
    }

    protected JobsApp(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
    }

    /// <summary>The app with these settings on top (xunit wants a fixture with one public constructor).</summary>
    public static JobsApp With(IReadOnlyDictionary<string, string?> settings) => new(settings);

    /// <summary>The recurring jobs as Hangfire's storage holds them.</summary>
    public List<RecurringJobDto> RecurringJobs() => Services.RecurringJobs();

    /// <summary>Triggers a recurring job now and waits until Hangfire has run it; returns the state it ended in.</summary>
    public Task<string> RunRecurringJobAsync(string id) => Services.RunRecurringJobAsync(id);

    /// <summary>The job's last outcome as recorded in the app database, or null if it never ran.</summary>
    public Task<JobRun?> JobRunAsync(string job) =>
        InScopeAsync<LeaveDbContext, JobRun?>(db => db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Name == job));

    /// <summary>The reminders for the request waiting in (or sent from) the outbox.</summary>
    public Task<List<OutboxMessage>> RemindersAsync(LeaveRequest request) =>
        InScopeAsync<LeaveDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking()
            .Where(m => m.LeaveRequestId == request.Id && m.Kind == EmailKind.Reminder)
            .ToListAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
