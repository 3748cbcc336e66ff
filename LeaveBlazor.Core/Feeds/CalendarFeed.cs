namespace LeaveBlazor.Core.Feeds;

public enum CalendarFeedKind
{
    /// <summary>The person's own approved and pending leave.</summary>
    Personal,

    /// <summary>The team as the calendar page shows it to the person, privacy applied.</summary>
    Team,
}

/// <summary>
/// A secret calendar-feed address of one person and kind. Only the SHA-256 hash of its 256-bit token is stored, like a
/// decision link's; creating the feed again replaces the hash, so the old address stops at once.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed()
    {
    }

    internal CalendarFeed(string employeeId, CalendarFeedKind kind, byte[] hash, DateTimeOffset createdAt)
    {
        EmployeeId = employeeId;
        Kind = kind;
        Reset(hash, createdAt);
    }

    public long Id { get; private set; }

    public string EmployeeId { get; private set; } = "";

    public CalendarFeedKind Kind { get; private set; }

    public byte[] Hash { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    internal void Reset(byte[] hash, DateTimeOffset createdAt)
    {
        Hash = hash;
        CreatedAt = createdAt;
    }
}
