using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Core.Calendars;

/// <summary>
/// Working days counted on one person's calendar (<see cref="WorkingCalendars"/>): their pattern, their country's and
/// region's public holidays, the company days that apply to them, their employment. December 2026 starts on a Tuesday.
/// </summary>
public sealed class PersonCalendarTests
{
    private static readonly WorkingPattern MondayToWednesday = WorkingPattern.Of([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday]);

    private readonly WorkingCalendars _calendars = new(null!, new PublicHolidayCache(), Options.Create(new LeaveOptions { DefaultCountry = "GB" }));

    [Fact]
    public void A_part_timer_spends_leave_only_on_the_days_they_work()
    {
        var calendar = CalendarOf(Person(pattern: MondayToWednesday));

        Assert.Equal(3m, calendar.Count(Days("2026-12-07", "2026-12-11")));
    }

    [Fact]
    public void A_part_timers_day_off_is_not_a_working_day()
    {
        var calendar = CalendarOf(Person(pattern: MondayToWednesday));

        Assert.Equal(CalendarDay.NotWorked, calendar.KindOf(new DateOnly(2026, 12, 10)));
    }

    [Fact]
    public void Someone_who_works_saturdays_spends_leave_on_them()
    {
        var calendar = CalendarOf(Person(pattern: WorkingPattern.Of([DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday])));

        Assert.Equal(4m, calendar.Count(Days("2026-12-07", "2026-12-13")));
    }

    [Fact]
    public void A_holiday_of_the_persons_region_is_not_counted()
    {
        // Corpus Christi, Thursday 4 June 2026: a holiday in Bayern, not in Berlin.
        var bavarian = CalendarOf(Person("DE", "BY"));

        Assert.Equal(4m, bavarian.Count(Days("2026-06-01", "2026-06-05")));
    }

    [Fact]
    public void A_holiday_of_another_region_is_a_working_day()
    {
        var berliner = CalendarOf(Person("DE", "BE"));

        Assert.Equal(5m, berliner.Count(Days("2026-06-01", "2026-06-05")));
    }

    [Fact]
    public void A_persons_own_country_decides_their_holidays()
    {
        // 28 Dec 2026 is a bank holiday in England (Boxing Day moved), not in France.
        Assert.Equal((CalendarDay.PublicHoliday, CalendarDay.Working),
            (CalendarOf(Person("GB")).KindOf(new DateOnly(2026, 12, 28)), CalendarOf(Person("FR")).KindOf(new DateOnly(2026, 12, 28))));
    }

    [Fact]
    public void Someone_from_before_countries_has_the_default_countrys_holidays()
    {
        var calendar = CalendarOf(new Employee("old", "old@example.test", "From Before"));

        Assert.Equal(CalendarDay.PublicHoliday, calendar.KindOf(new DateOnly(2026, 12, 28)));
    }

    [Fact]
    public void A_company_closure_is_not_counted()
    {
        var calendar = CalendarOf(Person("FR"), Closure("2026-12-24"));

        Assert.Equal(3m, calendar.Count(Days("2026-12-21", "2026-12-24")));
    }

    [Fact]
    public void A_closure_for_another_country_is_a_working_day()
    {
        var calendar = CalendarOf(Person("FR"), Closure("2026-12-24", country: "DE"));

        Assert.Equal(CalendarDay.Working, calendar.KindOf(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void A_closure_for_the_persons_country_is_not_counted()
    {
        var calendar = CalendarOf(Person("DE", "BY"), Closure("2026-12-24", country: "DE"));

        Assert.Equal(CalendarDay.CompanyClosure, calendar.KindOf(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void A_company_half_day_costs_half_a_day_of_leave()
    {
        var calendar = CalendarOf(Person("FR"), Closure("2026-12-24", halfDay: true));

        Assert.Equal(3.5m, calendar.Count(Days("2026-12-21", "2026-12-24")));
    }

    [Fact]
    public void An_afternoon_off_on_a_company_half_day_costs_nothing()
    {
        var calendar = CalendarOf(Person("FR"), Closure("2026-12-24", halfDay: true));

        Assert.Equal(0m, calendar.Count(new LeaveDates(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 24), HalfDayStart: true)));
    }

    [Fact]
    public void A_morning_off_on_a_company_half_day_costs_a_half()
    {
        var calendar = CalendarOf(Person("FR"), Closure("2026-12-24", halfDay: true));

        Assert.Equal(0.5m, calendar.Count(new LeaveDates(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 24), HalfDayEnd: true)));
    }

    [Fact]
    public void A_closure_wins_over_a_half_day_on_the_same_day()
    {
        var calendar = CalendarOf(Person("FR"), Closure("2026-12-24", halfDay: true), Closure("2026-12-24", country: "FR"));

        Assert.Equal(CalendarDay.CompanyClosure, calendar.KindOf(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void Days_before_the_employment_starts_are_not_counted()
    {
        var calendar = CalendarOf(Person(start: new DateOnly(2026, 12, 9)));

        Assert.Equal(3m, calendar.Count(Days("2026-12-07", "2026-12-11")));
    }

    [Fact]
    public void Days_after_the_employment_ends_are_not_counted()
    {
        var calendar = CalendarOf(Person(end: new DateOnly(2026, 12, 8)));

        Assert.Equal(2m, calendar.Count(Days("2026-12-07", "2026-12-11")));
    }

    [Fact]
    public void The_last_day_of_employment_is_still_worked()
    {
        var calendar = CalendarOf(Person(start: new DateOnly(2026, 12, 8), end: new DateOnly(2026, 12, 8)));

        Assert.Equal(CalendarDay.Working, calendar.KindOf(new DateOnly(2026, 12, 8)));
    }

    [Theory]
    [InlineData("0001-01-01", "0001-01-07", 4.0)]
    [InlineData("9999-12-27", "9999-12-31", 5.0)]
    public void Days_at_the_ends_of_the_calendar_are_counted_on_a_countrys_calendar(string first, string last, double expected)
    {
        // The package is asked for the years either side, which stop at 1 and 9999.
        var calendar = CalendarOf(Person("DE"));

        Assert.Equal((decimal)expected, calendar.Count(Days(first, last)));
    }

    private WorkingDayCalendar CalendarOf(Employee person, params CompanyDay[] companyDays) => _calendars.Of(person, companyDays);

    private static Employee Person(string country = "GB", string? region = null, WorkingPattern? pattern = null, DateOnly? start = null, DateOnly? end = null)
    {
        var person = new Employee("someone", "someone@example.test", "Some One");
        person.SetWorkingTerms(new WorkingTerms(country, region, pattern ?? WorkingPattern.MondayToFriday, start, end));
        return person;
    }

    private static CompanyDay Closure(string day, bool halfDay = false, string? country = null) =>
        new(new CompanyDayDraft(DateOnly.Parse(day), "Company day", country, halfDay));

    private static LeaveDates Days(string first, string last) => new(DateOnly.Parse(first), DateOnly.Parse(last));
}
