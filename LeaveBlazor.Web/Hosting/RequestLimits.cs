namespace LeaveBlazor.Web.Hosting;

/// <summary>
/// The <c>Requests</c> configuration section: how many requests the app works on at once, and how many wait their turn
/// beyond that (<see cref="RequestConcurrency"/>). A request at work may hold a database connection, and on SQLite each
/// pooled connection keeps its own page cache and schema in memory for as long as the pool keeps it: without a limit,
/// 1,000 decisions at once opened about 440 connections and added 220 MB that did not come back.
/// </summary>
public sealed class RequestLimits
{
    public const string Section = "Requests";

    /// <summary>How many requests are worked on at once; the interactive pages' connections and /healthz do not count.</summary>
    public int MaxConcurrent { get; set; } = 64;

    /// <summary>How many more wait, oldest first; past that the app answers 503 with Retry-After.</summary>
    public int MaxQueued { get; set; } = 5000;

    public IEnumerable<string> Problems()
    {
        if (MaxConcurrent is < 1 or > 10_000)
        {
            yield return $"{Section}:{nameof(MaxConcurrent)} must be between 1 and 10000.";
        }

        if (MaxQueued is < 0 or > 100_000)
        {
            yield return $"{Section}:{nameof(MaxQueued)} must be between 0 and 100000.";
        }
    }
}
