namespace LeaveBlazor.Core.Leave;

/// <summary>
/// The days a request covers. A half day at the start means the first day begins at noon;
/// a half day at the end means the last day ends at noon.
/// </summary>
public sealed record LeaveDates(DateOnly FirstDay, DateOnly LastDay, bool HalfDayStart = false, bool HalfDayEnd = false)
{
    public int CalendarDays => LastDay.DayNumber - FirstDay.DayNumber + 1;

    /// <summary>True when both take the same time off; a morning off and an afternoon off on one day do not clash.</summary>
    public bool Overlaps(LeaveDates other)
    {
        var sharedFrom = FirstDay > other.FirstDay ? FirstDay : other.FirstDay;
        var sharedTo = LastDay < other.LastDay ? LastDay : other.LastDay;
        if (sharedFrom != sharedTo)
        {
            return sharedFrom < sharedTo;
        }

        var day = sharedFrom;
        return !(MorningOnly(day) && other.AfternoonOnly(day) || AfternoonOnly(day) && other.MorningOnly(day));
    }

    private bool MorningOnly(DateOnly day) => LastDay == day && HalfDayEnd && !(FirstDay == day && HalfDayStart);

    private bool AfternoonOnly(DateOnly day) => FirstDay == day && HalfDayStart && !(LastDay == day && HalfDayEnd);

    /// <summary>
    /// The part of the range in each calendar year, in order: leave over New Year is counted in each year for its own
    /// days. The half day at the start stays with the first part, the one at the end with the last.
    /// </summary>
    public IEnumerable<LeaveDates> ByYear()
    {
        for (var year = FirstDay.Year; year <= LastDay.Year; year++)
        {
            var from = year == FirstDay.Year ? FirstDay : new DateOnly(year, 1, 1);
            var to = year == LastDay.Year ? LastDay : new DateOnly(year, 12, 31);
            yield return new LeaveDates(from, to, HalfDayStart && from == FirstDay, HalfDayEnd && to == LastDay);
        }
    }

    /// <summary>The range with its half days, e.g. "7–11 Dec 2026 (from noon)".</summary>
    public string Describe() => ToString() + (HalfDayStart, HalfDayEnd) switch
    {
        (true, true) => " (from noon, to noon)",
        (true, false) => " (from noon)",
        (false, true) => " (to noon)",
        _ => "",
    };

    public override string ToString() => LeaveFormat.Range(FirstDay, LastDay);
}
