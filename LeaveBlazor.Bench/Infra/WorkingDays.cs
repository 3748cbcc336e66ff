using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Bench.Infra;

public static class WorkingDays
{
    /// <summary>The day itself when it is a working day on the calendar, else the next one that is.</summary>
    public static DateOnly WorkingDayFrom(this WorkingDayCalendar calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
