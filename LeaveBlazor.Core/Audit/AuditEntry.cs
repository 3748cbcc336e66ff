using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Core.Audit;

/// <summary>
/// One line of the admin audit list: who did what to whom, and when. Written in the transaction of the change it
/// records and never changed or removed afterwards (the database refuses UPDATE and DELETE on its table).
/// </summary>
public sealed class AuditEntry
{
    public const int SubjectMaxLength = 256;
    public const int DetailsMaxLength = 1000;

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The admin's directory id, or <see cref="Actor.App"/>'s when the app itself acted (the first admin from configuration).</summary>
    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public AuditAction Action { get; private set; }

    /// <summary>Whom or what it was done to, as people read it ("alex@example.com", "email 12 to dana@example.com").</summary>
    public string Subject { get; private set; } = "";

    public string Details { get; private set; } = "";

    /// <summary>Adds the line to <paramref name="db"/>; it is saved with the change, by the caller's SaveChanges.</summary>
    public static AuditEntry Record(LeaveDbContext db, DateTimeOffset at, Actor actor, AuditAction action, string subject, string details = "")
    {
        var entry = new AuditEntry
        {
            At = at,
            ActorId = actor.EmployeeId,
            ActorName = actor.DisplayName,
            Action = action,
            Subject = Shorten(subject, SubjectMaxLength),
            Details = Shorten(details, DetailsMaxLength),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
