using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace LeaveBlazor.Tests.Core.Feeds;

/// <summary>iCalendar text read back as a calendar client does (with Ical.Net), and checked for what strict clients refuse.</summary>
public static class CalendarFeedText
{
    public static Calendar Parse(string text) =>
        Calendar.Load(text) ?? throw new InvalidOperationException("Ical.Net read no calendar from the text.");

    public static IReadOnlyList<CalendarEvent> Events(string text) => [.. Parse(text).Events.OrderBy(e => e.DtStart?.Date)];

    /// <summary>The lines that break RFC 5545's form: a bare CR or LF, or more than 75 octets before the CRLF.</summary>
    public static IReadOnlyList<string> MalformedLines(string text)
    {
        var lines = text.Split("\r\n");
        return [.. lines.Where(line => line.Contains('\r') || line.Contains('\n') || Encoding.UTF8.GetByteCount(line) > 75)];
    }

    /// <summary>The content lines with folding undone, each as "NAME;PARAMS:VALUE".</summary>
    public static IReadOnlyList<string> Unfolded(string text) =>
        text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
