namespace LeaveBlazor.Core.Leave;

/// <summary>Counts working days: weekdays that are not public holidays, half days counting one half.</summary>
public sealed class WorkingDayCalendar(IEnumerable<DateOnly> publicHolidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. publicHolidays];

    public bool IsWorkingDay(DateOnly day) => !IsWeekend(day) && !IsPublicHoliday(day);

    public bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public bool IsPublicHoliday(DateOnly day) => _holidays.Contains(day);

    public decimal Count(LeaveDates dates)
    {
        decimal total = 0;
        // By day number: stepping a DateOnly past the last day of the calendar (31 Dec 9999) would throw.
        for (var number = dates.FirstDay.DayNumber; number <= dates.LastDay.DayNumber; number++)
        {
            if (IsWorkingDay(DateOnly.FromDayNumber(number)))
            {
                total++;
            }
        }

        if (dates.HalfDayStart && IsWorkingDay(dates.FirstDay))
        {
            total -= 0.5m;
        }

        if (dates.HalfDayEnd && IsWorkingDay(dates.LastDay))
        {
            total -= 0.5m;
        }

        return total;
    }
}
