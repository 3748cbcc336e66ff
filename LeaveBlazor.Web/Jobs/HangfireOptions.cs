using Hangfire;
using Hangfire.InMemory;

namespace LeaveBlazor.Web.Jobs;

/// <summary>Where Hangfire keeps its queues and schedules: the <c>Hangfire</c> configuration section.</summary>
public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    public const string InMemory = nameof(InMemory);

    /// <summary>
    /// The storage for Hangfire's own bookkeeping. Only <c>InMemory</c> is in this build: enough for one instance,
    /// because the state the jobs act on (reminders due, emails to send) lives in the app database, never in Hangfire.
    /// </summary>
    public string Storage { get; set; } = InMemory;

    public IEnumerable<string> Problems()
    {
        if (!string.Equals(Storage, InMemory, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"Hangfire:Storage '{Storage}' is not available in this build; use InMemory.";
        }
    }

    /// <summary>A storage of this host's own: two hosts in one process (tests) must not share Hangfire's static one.</summary>
    public JobStorage CreateStorage() => Storage.Equals(InMemory, StringComparison.OrdinalIgnoreCase)
        ? new InMemoryStorage()
        : throw new InvalidOperationException(string.Join(" ", Problems()));
}
