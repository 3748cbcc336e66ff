using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// Runs a job's work and keeps its outcome as the job's <see cref="JobRun"/> in the app database, where /healthz reads
/// it (Hangfire's own history goes with its file, or at each restart with in-memory storage).
/// </summary>
public sealed class JobRunRecorder(IDbContextFactory<LeaveDbContext> contexts, TimeProvider time, ILogger<JobRunRecorder> logger)
{
    /// <param name="work">The job's work; returns a one-line summary of what it did.</param>
    public async Task RunAsync(string job, Func<Task<string>> work, CancellationToken cancellationToken)
    {
        string summary;
        try
        {
            summary = await work();
        }
        catch (Exception failure) when (!(failure is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            await RecordFailureAsync(job, failure);
            throw; // Hangfire marks the run failed and shows the exception on the dashboard
        }

        // Recorded even if shutdown began meanwhile: the work is done.
        await RecordAsync(job, summary, null);
    }

    private async Task RecordAsync(string job, string summary, Exception? failure)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await JobRun.RecordAsync(db, job, time.GetUtcNow(), summary, failure, CancellationToken.None);
    }

    private async Task RecordFailureAsync(string job, Exception failure)
    {
        try
        {
            await RecordAsync(job, "", failure);
        }
        catch (Exception recording)
        {
            // The job's own failure is rethrown by the caller; this one (often the same broken database) is only logged.
            logger.LogError(recording, "Could not record that job {Job} failed.", job);
        }
    }
}
