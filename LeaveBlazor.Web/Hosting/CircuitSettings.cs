namespace LeaveBlazor.Web.Hosting;

/// <summary>
/// The <c>Circuits</c> configuration section: how long the server keeps an interactive page's circuit (its components
/// and what they show) after the browser's connection drops, so the page picks up where it was when the connection
/// comes back. Each kept circuit costs memory (README "Performance", idle circuits), so both limits are bounded.
/// </summary>
public sealed class CircuitSettings
{
    public const string Section = "Circuits";

    /// <summary>How long a disconnected circuit is kept for its page to come back to.</summary>
    public int DisconnectedRetentionSeconds { get; set; } = 180;

    /// <summary>How many disconnected circuits are kept at once; past that, the oldest go first.</summary>
    public int DisconnectedMaxRetained { get; set; } = 100;

    public IEnumerable<string> Problems()
    {
        if (DisconnectedRetentionSeconds is < 5 or > 3600)
        {
            yield return $"{Section}:{nameof(DisconnectedRetentionSeconds)} must be between 5 and 3600 (seconds).";
        }

        if (DisconnectedMaxRetained is < 0 or > 100_000)
        {
            yield return $"{Section}:{nameof(DisconnectedMaxRetained)} must be between 0 and 100000.";
        }
    }
}
