using System.Diagnostics;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// Waiting for what another process or a background service does: look, and look again, until a condition holds
/// or a deadline passes. Never a fixed sleep; never unbounded.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>The first value <paramref name="look"/> returns that satisfies <paramref name="holds"/>.</summary>
    /// <param name="what">What is awaited, for the timeout's message.</param>
    /// <param name="describe">How the last value looks in the timeout's message.</param>
    /// <param name="betweenLooks">Runs before each new look: e.g. letting the app's fake clock move on.</param>
    /// <exception cref="TimeoutException">The condition did not hold within <paramref name="bound"/>.</exception>
    public static async Task<T> HoldsAsync<T>(
        Func<Task<T>> look,
        Func<T, bool> holds,
        string what,
        TimeSpan? bound = null,
        Func<T, string>? describe = null,
        Action? betweenLooks = null)
    {
        var limit = bound ?? DefaultBound;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var seen = await look();
            if (holds(seen))
            {
                return seen;
            }

            if (waited.Elapsed >= limit)
            {
                var last = describe is null ? seen?.ToString() : describe(seen);
                throw new TimeoutException($"Waited {limit.TotalSeconds:0.#} s for {what}. Last seen: {last}");
            }

            betweenLooks?.Invoke();
            await Task.Delay(Interval);
        }
    }
}
