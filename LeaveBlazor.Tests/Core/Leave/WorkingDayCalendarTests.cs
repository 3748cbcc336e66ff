using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Core.Leave;

public sealed class WorkingDayCalendarTests
{
    // Friday 25 Dec 2026 and Friday 1 Jan 2027.
    private readonly WorkingDayCalendar _calendar = new([new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 1)]);

    [Theory]
    [InlineData("2026-12-07", true)]
    [InlineData("2026-12-11", true)]
    [InlineData("2026-12-12", false)]
    [InlineData("2026-12-13", false)]
    [InlineData("2026-12-25", false)]
    [InlineData("2026-12-24", true)]
    public void Weekdays_that_are_not_holidays_are_working_days(string day, bool expected)
    {
        Assert.Equal(expected, _calendar.IsWorkingDay(DateOnly.Parse(day)));
    }

    [Theory]
    [InlineData("2026-12-24", false, false)]
    [InlineData("2026-12-25", false, true)]
    [InlineData("2026-12-26", true, false)]
    [InlineData("2026-12-27", true, false)]
    public void Weekends_and_public_holidays_are_told_apart(string day, bool weekend, bool holiday)
    {
        var kind = _calendar.KindOf(DateOnly.Parse(day));

        Assert.Equal((weekend, holiday), (kind == CalendarDay.NotWorked, kind == CalendarDay.PublicHoliday));
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-11", 5.0)]
    [InlineData("2026-12-07", "2026-12-07", 1.0)]
    [InlineData("2026-12-12", "2026-12-13", 0.0)]
    [InlineData("2026-12-07", "2026-12-20", 10.0)]
    [InlineData("2026-12-11", "2026-12-14", 2.0)]
    public void Weekends_are_not_counted(string first, string last, double expected)
    {
        Assert.Equal((decimal)expected, _calendar.Count(new LeaveDates(DateOnly.Parse(first), DateOnly.Parse(last))));
    }

    [Theory]
    [InlineData("2026-12-21", "2026-12-25", 4.0)]
    [InlineData("2026-12-21", "2027-01-01", 8.0)]
    [InlineData("2026-12-25", "2026-12-25", 0.0)]
    public void Public_holidays_are_not_counted(string first, string last, double expected)
    {
        Assert.Equal((decimal)expected, _calendar.Count(new LeaveDates(DateOnly.Parse(first), DateOnly.Parse(last))));
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-11", true, false, 4.5)]
    [InlineData("2026-12-07", "2026-12-11", false, true, 4.5)]
    [InlineData("2026-12-07", "2026-12-11", true, true, 4.0)]
    [InlineData("2026-12-07", "2026-12-07", true, false, 0.5)]
    [InlineData("2026-12-07", "2026-12-07", false, true, 0.5)]
    public void Half_days_count_one_half(string first, string last, bool halfDayStart, bool halfDayEnd, double expected)
    {
        var dates = new LeaveDates(DateOnly.Parse(first), DateOnly.Parse(last), halfDayStart, halfDayEnd);

        Assert.Equal((decimal)expected, _calendar.Count(dates));
    }

    [Theory]
    [InlineData("2026-12-12", "2026-12-14", true, false, 1.0)]
    [InlineData("2026-12-11", "2026-12-13", false, true, 1.0)]
    [InlineData("2026-12-25", "2026-12-28", true, false, 1.0)]
    [InlineData("2026-12-31", "2027-01-01", false, true, 1.0)]
    public void Half_day_on_a_day_off_counts_nothing(string first, string last, bool halfDayStart, bool halfDayEnd, double expected)
    {
        var dates = new LeaveDates(DateOnly.Parse(first), DateOnly.Parse(last), halfDayStart, halfDayEnd);

        Assert.Equal((decimal)expected, _calendar.Count(dates));
    }
}
