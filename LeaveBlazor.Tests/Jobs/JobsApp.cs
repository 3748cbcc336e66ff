using Hangfire;
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

    public JobStorage JobStorage => Services.GetRequiredService<JobStorage>();

    /// <summary>The recurring jobs as Hangfire's storage holds them.</summary>
    public List<RecurringJobDto> RecurringJobs()
    {
        using var connection = JobStorage.GetConnection();
        return connection.GetRecurringJobs();
    }

    /// <summary>Triggers a recurring job now and waits until Hangfire has run it; returns the state it ended in.</summary>
    public async Task<string> RunRecurringJobAsync(string id)
    {
        var jobId = ((IRecurringJobManagerV2)Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(id)
            ?? throw new InvalidOperationException($"No recurring job {id}.");
        return await JobFinishedAsync(jobId);
    }

    /// <summary>The state a background job ends in (Succeeded or Failed), once it has ended.</summary>
    public Task<string> JobFinishedAsync(string jobId) => UntilAsync(
        () =>
        {
            using var connection = JobStorage.GetConnection();
            return Task.FromResult(connection.GetStateData(jobId)?.Name ?? "(none)");
        },
        state => state is "Succeeded" or "Failed",
        $"Hangfire job {jobId} to finish");

    /// <summary>Looks again every 50 ms until what it sees holds; gives up (throws) after 15 s.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> look, Func<T, bool> holds, string what)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var seen = await look();
            if (holds(seen))
            {
                return seen;
            }

            if (patience.IsCancellationRequested)
            {
                throw new TimeoutException($"Waited 15 s for {what}; last seen: {seen}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }
    }

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
