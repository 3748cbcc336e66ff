using Hangfire;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Web.Backups;

namespace LeaveBlazor.Web.Jobs;

/// <summary>The <c>backup</c> job: one copy of the app database by <see cref="DatabaseBackups"/>, the oldest beyond <c>Backup:Keep</c> deleted.</summary>
public sealed class BackupJob(DatabaseBackups backups, JobRunRecorder recorder)
{
    public const string Name = "backup";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        recorder.RunAsync(Name, async () =>
        {
            var taken = await backups.TakeAsync(Actor.App with { DisplayName = $"The {Name} job" }, cancellationToken);
            return $"{taken.Name}, {taken.Bytes} bytes";
        }, cancellationToken);
}
