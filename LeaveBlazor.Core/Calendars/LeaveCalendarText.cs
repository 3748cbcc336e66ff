using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace LeaveBlazor.Core.Calendars;

/// <summary>Where a piece of leave stands, as a calendar client is told it.</summary>
public enum CalendarEntryStatus
{
    /// <summary>Approved leave.</summary>
    Confirmed,

    /// <summary>Leave still waiting for a decision.</summary>
    Tentative,

    /// <summary>Leave that was approved and is no longer: sent so a calendar that holds it can strike it out.</summary>
    Cancelled,
}

/// <summary>
/// One piece of leave as an all-day calendar event. <paramref name="Uid"/> stays the same for the life of the leave and
/// <paramref name="Sequence"/> rises with each change, so a calendar client updates its copy rather than adding another.
/// </summary>
public sealed record CalendarEntry(
    string Uid, DateOnly FirstDay, DateOnly LastDay, string Summary, CalendarEntryStatus Status, int Sequence, DateTimeOffset LastModified);

/// <summary>A whole calendar: its name in the client, whether its events show the time as busy, and its events.</summary>
public sealed record LeaveCalendar(string Name, bool ShowsAsBusy, IReadOnlyList<CalendarEntry> Entries);

/// <summary>
/// Writes leave as RFC 5545 iCalendar text (with Ical.Net): CRLF line ends, lines folded at 75 octets, all-day events
/// with <c>VALUE=DATE</c> and an exclusive end day. The text depends only on the entries (DTSTAMP is each entry's last
/// change, not the moment of writing), so the same leave always gives the same text and a hash of it is a fair ETag.
/// </summary>
public static class LeaveCalendarText
{
    public const string ProductId = "-//LeaveBlazor//Leave calendar//EN";

    public static string Write(LeaveCalendar leave)
    {
        var calendar = new Calendar { ProductId = ProductId, Scale = "GREGORIAN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", leave.Name);
        foreach (var entry in leave.Entries)
        {
            calendar.Events.Add(EventOf(entry, leave.ShowsAsBusy));
        }

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net wrote no text for a calendar.");
    }

    private static CalendarEvent EventOf(CalendarEntry entry, bool busy)
    {
        var changed = new CalDateTime(entry.LastModified.UtcDateTime, CalDateTime.UtcTzId);
        return new CalendarEvent
        {
            Uid = entry.Uid,
            Summary = entry.Summary,
            DtStart = new CalDateTime(entry.FirstDay),

            // All-day events end on the day after the last one (RFC 5545 3.6.1).
            DtEnd = new CalDateTime(entry.LastDay.AddDays(1)),
            DtStamp = changed,
            LastModified = changed,
            Sequence = entry.Sequence,
            Status = entry.Status switch
            {
                CalendarEntryStatus.Confirmed => EventStatus.Confirmed,
                CalendarEntryStatus.Tentative => EventStatus.Tentative,
                _ => EventStatus.Cancelled,
            },
            Transparency = busy ? TransparencyType.Opaque : TransparencyType.Transparent,
        };
    }
}
