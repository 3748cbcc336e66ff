using Hangfire;
using LeaveBlazor.Core.Balances;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// The <c>year-end</c> job: brings balances up to today (<see cref="YearEnd"/>), its outcome recorded for /healthz.
/// It runs every hour, so New Year, the first of each month and an expiry date are seen within the hour in any
/// time zone; a run with nothing due writes nothing.
/// </summary>
public sealed class YearEndJob(YearEnd yearEnd, JobRunRecorder recorder)
{
    public const string Name = "year-end";

    public const string Cron = "5 * * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        recorder.RunAsync(Name, async () => Describe(await yearEnd.ExecuteAsync(cancellationToken)), cancellationToken);

    private static string Describe(YearEndRun run) =>
        $"{run.Granted} grant lines, {run.CarriedOver} carried over, {run.Expired} expired";
}
