namespace LeaveBlazor.Tests.Support;

/// <summary>How a batch of concurrent attempts ended: how many succeeded, and what the others threw.</summary>
public sealed record Outcomes(int Succeeded, IReadOnlyList<Exception> Failures)
{
    /// <summary>
    /// Runs every attempt on its own thread-pool thread, all released by one starting gate so they really
    /// overlap, and waits for all of them.
    /// </summary>
    public static async Task<Outcomes> RaceAsync(params Func<Task>[] attempts)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = attempts.Select(attempt => Task.Run(async () =>
        {
            await gate.Task;
            await attempt();
        })).ToList();
        gate.SetResult();
        return await OfAsync(running);
    }

    /// <summary>Waits for every task, keeping each failure instead of only the first.</summary>
    public static async Task<Outcomes> OfAsync(IReadOnlyCollection<Task> tasks)
    {
        await Task.WhenAll(tasks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var failures = tasks.Where(t => !t.IsCompletedSuccessfully).Select(t => t.Exception?.InnerException ?? new TaskCanceledException(t)).ToList();
        return new Outcomes(tasks.Count - failures.Count, failures);
    }
}
