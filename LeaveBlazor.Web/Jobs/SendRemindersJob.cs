using Hangfire;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Web.Mail;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// The <c>send-reminders</c> job: one pass of <see cref="SendDueReminders"/>, its outcome recorded for /healthz. The pass
/// writes its emails past SaveChanges, so it wakes the dispatcher itself rather than leaving them to the next sweep.
/// </summary>
public sealed class SendRemindersJob(SendDueReminders reminders, JobRunRecorder recorder, OutboxSignal outbox)
{
    public const string Name = "send-reminders";

    // The lock only spares a second run in this process the wait; the database's claim on each due time is what
    // keeps two runs (or two instances) from reminding twice. No retries: the next scheduled run is the retry.
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        recorder.RunAsync(Name, async () =>
        {
            var run = await reminders.ExecuteAsync(cancellationToken);
            if (run.Reminded + run.Escalated > 0)
            {
                outbox.Pulse();
            }

            return Describe(run);
        }, cancellationToken);

    private static string Describe(ReminderRun run) =>
        $"{run.Reminded} reminded, {run.Escalated} escalated, {run.Skipped} skipped, {run.Failed} failed";
}
