using System.Globalization;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Core.Away;

/// <summary>Which part of a day a piece of leave takes.</summary>
public enum DayPart
{
    WholeDay,

    /// <summary>The leave ends at noon (a half day at its end).</summary>
    Morning,

    /// <summary>The leave begins at noon (a half day at its start).</summary>
    Afternoon,
}

/// <summary>
/// One approved or pending request on the calendar. <see cref="LeaveType"/> is null unless the viewer may know it (the
/// person, the request's approver, the person's manager, an admin); the reason is never on the calendar.
/// </summary>
public sealed record CalendarAbsence(
    Guid RequestId, string Reference, DateOnly FirstDay, DateOnly LastDay, bool HalfDayStart, bool HalfDayEnd, LeaveStatus Status, int Version,
    string? LeaveType)
{
    public bool IsApproved => Status == LeaveStatus.Approved;

    public bool Covers(DateOnly day) => FirstDay <= day && day <= LastDay;

    /// <summary>The part of <paramref name="day"/> (one it covers) the leave takes.</summary>
    public DayPart PartOn(DateOnly day) =>
        (day == FirstDay && HalfDayStart, day == LastDay && HalfDayEnd) switch
        {
            (true, false) => DayPart.Afternoon,
            (false, true) => DayPart.Morning,
            _ => DayPart.WholeDay,
        };

    /// <summary>"away" for colleagues, the type ("Annual") for those who may know it.</summary>
    public string What => LeaveType ?? "away";

    /// <summary>"approved" or "not yet approved".</summary>
    public string StatusText => IsApproved ? "approved" : "not yet approved";

    /// <summary>What a cell says to a screen reader: "Sam Colleague, away, 3 March, approved" (with "in the morning" for a half day).</summary>
    public string AccessibleName(string personName, DateOnly day) =>
        $"{personName}, {What}{PartText(day)}, {day.ToString("d MMMM", CultureInfo.InvariantCulture)}, {StatusText}";

    /// <summary>The day in the list by day: "away in the morning, not yet approved".</summary>
    public string DescribeOn(DateOnly day) => $"{What}{PartText(day)}, {StatusText}";

    private string PartText(DateOnly day) => PartOn(day) switch
    {
        DayPart.Morning => " in the morning",
        DayPart.Afternoon => " in the afternoon",
        _ => "",
    };
}

/// <summary>One person's row: the days in the range they do not work (by kind) and their leave.</summary>
public sealed record CalendarPerson(
    string Id, string Name, string? Team, IReadOnlyDictionary<DateOnly, CalendarDay> DaysOff, IReadOnlyList<CalendarAbsence> Absences)
{
    /// <summary>The leave taking <paramref name="day"/> (the first, where two share it); none on a day the person does not work anyway.</summary>
    public CalendarAbsence? AbsenceOn(DateOnly day) =>
        KindOf(day) is CalendarDay.Working or CalendarDay.MorningOnly ? Absences.FirstOrDefault(a => a.Covers(day)) : null;

    /// <summary>The kind of day it is for the person; <see cref="CalendarDay.Working"/> unless it is in <see cref="DaysOff"/>.</summary>
    public CalendarDay KindOf(DateOnly day) => DaysOff.GetValueOrDefault(day, CalendarDay.Working);
}

/// <summary>The team calendar for a range of days, as one viewer may see it; people by name.</summary>
public sealed record TeamCalendarView(DateOnly From, DateOnly To, CalendarScope Scope, IReadOnlyList<CalendarPerson> People)
{
    public IEnumerable<DateOnly> Days => Enumerable.Range(From.DayNumber, To.DayNumber - From.DayNumber + 1).Select(DateOnly.FromDayNumber);

    /// <summary>Who is away on <paramref name="day"/>, by name: the list by day a phone shows.</summary>
    public IEnumerable<(CalendarPerson Person, CalendarAbsence Absence)> AwayOn(DateOnly day) =>
        People.Select(p => (Person: p, Absence: p.AbsenceOn(day))).Where(a => a.Absence is not null).Select(a => (a.Person, a.Absence!));
}
