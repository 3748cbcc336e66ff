using Hangfire;
using LeaveBlazor.Web.Mail;

namespace LeaveBlazor.Web.Jobs;

/// <summary>The <c>dispatch-outbox</c> job: one sweep of the outbox by the <see cref="OutboxDispatcher"/>, recorded for /healthz.</summary>
public sealed class DispatchOutboxJob(OutboxDispatcher dispatcher, JobRunRecorder recorder)
{
    public const string Name = "dispatch-outbox";

    // Rows are claimed one by one in the database, so overlapping sweeps never send an email twice; the lock only
    // keeps a slow sweep from piling up behind another.
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        recorder.RunAsync(Name, async () => (await dispatcher.DispatchAsync(cancellationToken)).ToString(), cancellationToken);
}
