using LeaveBlazor.Core.Calendars;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// One person's working calendar, which leave is counted on: the weekdays they work, minus their public holidays and
/// the company's closures, within their employment. A company half day leaves the morning to work. Half days of leave
/// count one half, and only the halves the person would have worked count at all.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly WorkingPattern _pattern;
    private readonly Func<DateOnly, bool> _isPublicHoliday;
    private readonly Dictionary<DateOnly, CompanyDay> _companyDays;
    private readonly DateOnly? _employedFrom;
    private readonly DateOnly? _employedUntil;

    /// <summary>Monday to Friday with these public holidays, for everyone: the calendar before people had their own.</summary>
    public WorkingDayCalendar(IEnumerable<DateOnly> publicHolidays)
        : this(WorkingPattern.MondayToFriday, publicHolidays.ToHashSet().Contains)
    {
    }

    /// <param name="companyDays">The company days that apply to the person; where two share a day, the closure wins.</param>
    public WorkingDayCalendar(WorkingPattern pattern, Func<DateOnly, bool> isPublicHoliday, IEnumerable<CompanyDay>? companyDays = null,
        DateOnly? employedFrom = null, DateOnly? employedUntil = null)
    {
        _pattern = pattern;
        _isPublicHoliday = isPublicHoliday;
        _companyDays = (companyDays ?? []).GroupBy(d => d.Day).ToDictionary(g => g.Key, g => g.OrderBy(d => d.IsHalfDay).First());
        _employedFrom = employedFrom;
        _employedUntil = employedUntil;
    }

    public WorkingPattern Pattern => _pattern;

    public DateOnly? EmployedFrom => _employedFrom;

    public DateOnly? EmployedUntil => _employedUntil;

    public CalendarDay KindOf(DateOnly day) =>
        day < _employedFrom || day > _employedUntil ? CalendarDay.NotEmployed
        : !_pattern.Includes(day.DayOfWeek) ? CalendarDay.NotWorked
        : _isPublicHoliday(day) ? CalendarDay.PublicHoliday
        : _companyDays.TryGetValue(day, out var companyDay) ? (companyDay.IsHalfDay ? CalendarDay.MorningOnly : CalendarDay.CompanyClosure)
        : CalendarDay.Working;

    /// <summary>The company day on <paramref name="day"/> that applies to the person, if any.</summary>
    public CompanyDay? CompanyDayOn(DateOnly day) => _companyDays.GetValueOrDefault(day);

    /// <summary>True when at least part of the day is worked.</summary>
    public bool IsWorkingDay(DateOnly day) => KindOf(day) is CalendarDay.Working or CalendarDay.MorningOnly;

    /// <summary>The days in the range that are at least partly worked, in order.</summary>
    public IEnumerable<DateOnly> WorkingDaysIn(LeaveDates dates) =>
        Enumerable.Range(dates.FirstDay.DayNumber, dates.CalendarDays).Select(DateOnly.FromDayNumber).Where(IsWorkingDay);

    public decimal Count(LeaveDates dates)
    {
        decimal total = 0;
        // By day number: stepping a DateOnly past the last day of the calendar (31 Dec 9999) would throw.
        for (var number = dates.FirstDay.DayNumber; number <= dates.LastDay.DayNumber; number++)
        {
            var day = DateOnly.FromDayNumber(number);
            var kind = KindOf(day);
            var takesMorning = !(day == dates.FirstDay && dates.HalfDayStart);
            var takesAfternoon = !(day == dates.LastDay && dates.HalfDayEnd);
            if (takesMorning && kind is CalendarDay.Working or CalendarDay.MorningOnly)
            {
                total += 0.5m;
            }

            if (takesAfternoon && kind is CalendarDay.Working)
            {
                total += 0.5m;
            }
        }

        return total;
    }
}
