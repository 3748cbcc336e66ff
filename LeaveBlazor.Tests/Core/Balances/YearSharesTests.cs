using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>Leave over New Year is counted in each year for its own days, and no day in two years.</summary>
public sealed class YearSharesTests(LeaveTestDatabase database) : IClassFixture<LeaveTestDatabase>
{
    [Fact]
    public void Dates_split_at_each_new_year_keeping_the_half_days_at_their_ends()
    {
        var dates = new LeaveDates(new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 4), HalfDayStart: true, HalfDayEnd: true);

        Assert.Equal(
            [new LeaveDates(new DateOnly(2026, 12, 30), new DateOnly(2026, 12, 31), HalfDayStart: true),
                new LeaveDates(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 4), HalfDayEnd: true)],
            dates.ByYear());
    }

    [Fact]
    public void Leave_within_one_year_is_one_share_of_all_its_days() =>
        Assert.Equal([(2027, 3m)], YearShares.Of(new LeaveDates(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 3)), 3, Calendar()));

    [Fact]
    public void Leave_over_new_year_is_charged_to_each_year_for_its_working_days()
    {
        // Mon 28 Dec 2026 (bank holiday) to Fri 8 Jan 2027: 29–31 Dec in 2026; 4–8 Jan in 2027 (1 Jan is a holiday).
        var dates = new LeaveDates(new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 8));
        var calendar = Calendar();

        Assert.Equal([(2026, 3m), (2027, 5m)], YearShares.Of(dates, calendar.Count(dates), calendar));
    }

    [Fact]
    public void The_last_year_takes_what_is_left_so_the_shares_add_up_to_what_the_request_was_counted_at() =>
        Assert.Equal([(2026, 3m), (2027, 4m)], YearShares.Of(new LeaveDates(new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 8)), 7, Calendar()));

    [Fact]
    public void No_share_is_negative_when_the_calendar_counts_more_than_the_request() =>
        Assert.Equal([(2026, 2m), (2027, 0m)], YearShares.Of(new LeaveDates(new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 8)), 2, Calendar()));

    private WorkingDayCalendar Calendar() => StandardCalendar.Of(database.Services);
}
