using LeaveBlazor.Core.Calendars;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// Leave as a calendar event, for the feeds and the approval email's attachment: one event per request, whose UID is
/// the request's and whose SEQUENCE is its <see cref="LeaveRequest.Version"/>. Only approved and pending leave is on a
/// calendar; an email about approved leave that was cancelled sends it once more as cancelled.
/// </summary>
public static class LeaveOnCalendar
{
    public static string Uid(Guid requestId) => $"{requestId}@leaveblazor";

    /// <summary>The request as its own person sees it, the leave type named; the requester must be loaded.</summary>
    public static CalendarEntry Own(LeaveRequest request) =>
        Entry(request.Id, request.Requester.DisplayName, request.LeaveType, request.Dates, request.Status, request.Version, request.DecidedAt ?? request.SubmittedAt);

    /// <summary>
    /// One piece of leave: "Alex Employee – Annual leave", or with no type (a colleague's, whose type they may not see)
    /// "Sam Colleague – away"; pending leave adds "(not yet approved)", a half day "(half day)".
    /// </summary>
    public static CalendarEntry Entry(Guid requestId, string person, string? leaveType, LeaveDates dates, LeaveStatus status, int version, DateTimeOffset lastChanged)
    {
        var what = leaveType is null ? "away" : $"{leaveType} leave";
        var notes = new List<string>();
        if (HalfDayNote(dates) is { } halfDay)
        {
            notes.Add(halfDay);
        }

        if (status == LeaveStatus.Pending)
        {
            notes.Add("not yet approved");
        }

        var summary = $"{person} – {what}" + string.Concat(notes.Select(note => $" ({note})"));
        return new CalendarEntry(Uid(requestId), dates.FirstDay, dates.LastDay, summary, StatusOf(status), version, lastChanged);
    }

    private static CalendarEntryStatus StatusOf(LeaveStatus status) => status switch
    {
        LeaveStatus.Approved => CalendarEntryStatus.Confirmed,
        LeaveStatus.Pending => CalendarEntryStatus.Tentative,
        _ => CalendarEntryStatus.Cancelled,
    };

    // A calendar has no half days: the event covers the whole day and says which half.
    private static string? HalfDayNote(LeaveDates dates) => (dates.HalfDayStart, dates.HalfDayEnd) switch
    {
        (false, false) => null,
        _ when dates.FirstDay == dates.LastDay => "half day",
        (true, true) => "half days at both ends",
        (true, false) => "from noon on the first day",
        _ => "to noon on the last day",
    };
}
