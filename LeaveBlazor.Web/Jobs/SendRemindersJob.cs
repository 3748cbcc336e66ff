using Hangfire;
using LeaveBlazor.Core.Reminders;

namespace LeaveBlazor.Web.Jobs;

/// <summary>The <c>send-reminders</c> job: one pass of <see cref="SendDueReminders"/>, its outcome recorded for /healthz.</summary>
public sealed class SendRemindersJob(SendDueReminders reminders, JobRunRecorder recorder)
{
    public const string Name = "send-reminders";

    // The lock only spares a second run in this process the wait; the version check on each request's write is what
    // keeps two runs (or two instances) from reminding twice. No retries: the next scheduled run is the retry.
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        recorder.RunAsync(Name, async () => Describe(await reminders.ExecuteAsync(cancellationToken)), cancellationToken);

    private static string Describe(ReminderRun run) =>
        $"{run.Reminded} reminded, {run.Escalated} escalated, {run.Skipped} skipped, {run.Failed} failed";
}
