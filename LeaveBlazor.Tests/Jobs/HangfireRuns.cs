using Hangfire;
using Hangfire.Storage;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>Reading and running a test host's Hangfire jobs through the host's own storage and job manager.</summary>
public static class HangfireRuns
{
    /// <summary>The recurring jobs as the host's Hangfire storage holds them.</summary>
    public static List<RecurringJobDto> RecurringJobs(this IServiceProvider services)
    {
        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }

    /// <summary>Triggers a recurring job now, as Trigger now on the dashboard does, and returns the state its run ended in.</summary>
    public static async Task<string> RunRecurringJobAsync(this IServiceProvider services, string id) =>
        (await services.TriggerRecurringJobAsync(id)).State;

    /// <summary>Triggers a recurring job now and waits for its run to end; returns the run's Hangfire job id and final state.</summary>
    public static async Task<(string JobId, string State)> TriggerRecurringJobAsync(this IServiceProvider services, string id)
    {
        var jobId = ((IRecurringJobManagerV2)services.GetRequiredService<IRecurringJobManager>()).TriggerJob(id)
            ?? throw new InvalidOperationException($"No recurring job {id}.");
        var storage = services.GetRequiredService<JobStorage>();
        var state = await Eventually.HoldsAsync(
            () =>
            {
                using var connection = storage.GetConnection();
                return Task.FromResult(connection.GetStateData(jobId)?.Name ?? "(no state yet)");
            },
            state => state is "Succeeded" or "Failed",
            $"the {id} run (Hangfire job {jobId}) to finish",
            // Each job runs one at a time (DisableConcurrentExecution): a run the schedule started at the same moment
            // holds the lock first, and on a busy machine this one stays Processing until it is released.
            bound: TimeSpan.FromSeconds(60));
        return (jobId, state);
    }
}
