namespace LeaveBlazor.Core.Reminders;

/// <summary>How approvers are reminded: the <c>Reminders</c> configuration section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Time between reminders; the first comes one interval after the request is sent.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>After this many reminders the request is flagged overdue and escalated once.</summary>
    public int MaxReminders { get; set; } = 3;

    /// <summary>When the send-reminders job looks for due reminders (cron, UTC).</summary>
    public string Cron { get; set; } = "* * * * *";

    public int BatchSize { get; set; } = 500;

    public IEnumerable<string> Problems()
    {
        if (Interval < TimeSpan.FromMinutes(1))
        {
            yield return $"Reminders:Interval must be at least one minute (00:01:00); it is {Interval}.";
        }

        if (MaxReminders is < 1 or > 100)
        {
            yield return "Reminders:MaxReminders must be between 1 and 100.";
        }

        if (BatchSize is < 1 or > 10_000)
        {
            yield return "Reminders:BatchSize must be between 1 and 10000.";
        }

        if (string.IsNullOrWhiteSpace(Cron))
        {
            yield return "Reminders:Cron must be a cron expression such as \"* * * * *\".";
        }
    }
}
