using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>Dates at the ends of the calendar (1 Jan 0001, 31 Dec 9999) are counted and refused with messages, never with an exception.</summary>
public sealed class CalendarEndsTests
{
    private static readonly WorkingDayCalendar Calendar = new([]);

    [Fact]
    public void Working_days_up_to_the_last_day_of_the_calendar_are_counted()
    {
        // Friday 31 Dec 9999: the four days before it are Monday to Thursday.
        var dates = new LeaveDates(DateOnly.MaxValue.AddDays(-4), DateOnly.MaxValue);

        Assert.Equal(5m, Calendar.Count(dates));
    }

    [Fact]
    public void The_last_day_of_the_calendar_alone_is_one_working_day()
    {
        Assert.Equal(1m, Calendar.Count(new LeaveDates(DateOnly.MaxValue, DateOnly.MaxValue)));
    }

    [Fact]
    public void Working_days_from_the_first_day_of_the_calendar_are_counted()
    {
        // Monday 1 Jan 0001.
        Assert.Equal(5m, Calendar.Count(new LeaveDates(DateOnly.MinValue, DateOnly.MinValue.AddDays(6))));
    }

    [Theory]
    [InlineData(1, "9999-12-31")]
    [InlineData(int.MaxValue, "9999-12-31")]
    [InlineData(0, "9999-12-31")]
    public void Days_added_past_the_last_day_stop_there(int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DateOnly.MaxValue.AddDaysClamped(days));
    }

    [Theory]
    [InlineData(-1, "0001-01-01")]
    [InlineData(int.MinValue, "0001-01-01")]
    [InlineData(3, "0001-01-04")]
    public void Days_taken_before_the_first_day_stop_there(int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DateOnly.MinValue.AddDaysClamped(days));
    }

    [Fact]
    public void The_first_moment_of_the_first_day_of_the_calendar_east_of_utc_is_the_first_moment_there_is()
    {
        Assert.Equal(DateTimeOffset.MinValue, Clock("Asia/Tokyo").StartOf(DateOnly.MinValue));
    }

    [Fact]
    public void The_first_moment_of_the_last_day_of_the_calendar_west_of_utc_is_that_midnight_in_utc()
    {
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 11, 0, 0, TimeSpan.Zero), Clock("Pacific/Pago_Pago").StartOf(DateOnly.MaxValue));
    }

    [Theory]
    [InlineData("9999-12-31", "9999-12-31")]
    [InlineData("9000-01-01", "9000-01-05")]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData("0001-01-01", "9999-12-31")]
    public void Dates_at_the_ends_of_the_calendar_are_refused_on_their_fields(string first, string last)
    {
        var input = LeaveInput.Annual(DateOnly.Parse(first), DateOnly.Parse(last));

        var errors = TestRules.Create().CheckDetails(input, TestLeaveTypes.Defaults(), Calendar);

        Assert.True(errors.Has(LeaveFields.FirstDay));
    }

    private static LeaveClock Clock(string zone)
    {
        var policy = LeaveOptions.Default();
        policy.TimeZone = zone;
        return new LeaveClock(new FakeTimeProvider(LeaveTestDatabase.StartTime), Options.Create(policy));
    }

    private static LeaveRequestRules Rules() => TestRules.Create();
}
