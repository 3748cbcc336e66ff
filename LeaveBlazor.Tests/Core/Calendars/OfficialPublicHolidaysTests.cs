using LeaveBlazor.Core.Calendars;

namespace LeaveBlazor.Tests.Core.Calendars;

/// <summary>
/// The public holidays the PublicHoliday package gives, pinned against each country's official list for 2026 and 2027,
/// written out by hand: GOV.UK's bank holidays (England and Wales), Baden-Württemberg's gesetzliche Feiertage (which
/// hold Germany's nine nationwide ones), service-public.fr's jours fériés, and OPM's federal holidays (as observed, so a
/// holiday on a Saturday is the Friday before, a Sunday's the Monday after). A failure after a package upgrade is either
/// its fix (update the list) or a new bug (report it, and note it here).
/// </summary>
public sealed class OfficialPublicHolidaysTests
{
    private readonly PublicHolidayCache _holidays = new();

    [Theory]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28")]
    public void England_and_wales_bank_holidays(int year, string official)
    {
        Assert.Equal(Dates(official), Holidays("GB", "ENG", year));
    }

    [Theory]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-01 2026-05-14 2026-05-25 2026-10-03 2026-12-25 2026-12-26")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-01 2027-05-06 2027-05-17 2027-10-03 2027-12-25 2027-12-26")]
    public void Germanys_nationwide_holidays(int year, string official)
    {
        Assert.Equal(Dates(official), Holidays("DE", null, year));
    }

    [Theory]
    [InlineData(2026, "2026-01-01 2026-01-06 2026-04-03 2026-04-06 2026-05-01 2026-05-14 2026-05-25 2026-06-04 2026-10-03 2026-11-01 2026-12-25 2026-12-26")]
    [InlineData(2027, "2027-01-01 2027-01-06 2027-03-26 2027-03-29 2027-05-01 2027-05-06 2027-05-17 2027-05-27 2027-10-03 2027-11-01 2027-12-25 2027-12-26")]
    public void Baden_wuerttembergs_holidays(int year, string official)
    {
        Assert.Equal(Dates(official), Holidays("DE", "BW", year));
    }

    [Theory]
    [InlineData(2026, "2026-01-01 2026-04-06 2026-05-01 2026-05-08 2026-05-14 2026-05-25 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-25")]
    [InlineData(2027, "2027-01-01 2027-03-29 2027-05-01 2027-05-06 2027-05-08 2027-05-17 2027-07-14 2027-08-15 2027-11-01 2027-11-11 2027-12-25")]
    public void Frances_jours_feries(int year, string official)
    {
        Assert.Equal(Dates(official), Holidays("FR", null, year));
    }

    [Theory]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-01 2026-05-08 2026-05-14 2026-05-25 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-25 2026-12-26")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-01 2027-05-06 2027-05-08 2027-05-17 2027-07-14 2027-08-15 2027-11-01 2027-11-11 2027-12-25 2027-12-26")]
    public void Alsace_moselle_adds_good_friday_and_saint_stephens_day(int year, string official)
    {
        Assert.Equal(Dates(official), Holidays("FR", "57", year));
    }

    [Theory]
    [InlineData(2026, "2026-01-01 2026-01-19 2026-02-16 2026-05-25 2026-06-19 2026-07-03 2026-09-07 2026-10-12 2026-11-11 2026-11-26 2026-12-25")]
    [InlineData(2027, "2027-01-01 2027-01-18 2027-02-15 2027-05-31 2027-06-18 2027-07-05 2027-09-06 2027-10-11 2027-11-11 2027-11-25 2027-12-24 2027-12-31")]
    public void United_states_federal_holidays_as_observed(int year, string official)
    {
        // 31 Dec 2027 is New Year's Day 2028 (a Saturday), observed the Friday before: the package lists it in 2028.
        Assert.Equal(Dates(official), Holidays("US", null, year));
    }

    [Theory]
    [InlineData(2026, "2026-01-01 2026-01-26 2026-04-03 2026-04-06 2026-04-25 2026-06-08 2026-10-05 2026-12-25 2026-12-28")]
    [InlineData(2027, "2027-01-01 2027-01-26 2027-03-26 2027-03-29 2027-04-25 2027-06-14 2027-10-04 2027-12-27 2027-12-28")]
    public void New_south_wales_holidays_on_their_observed_days(int year, string official)
    {
        // Package gap: NSW also keeps Easter Saturday and Sunday, and Christmas and Boxing Day when they fall on a
        // weekend (as well as the additional weekdays). The package lists none of these weekend days, so only someone
        // who works weekends in NSW is affected: an admin adds them as company days for AU.
        Assert.Equal(Dates(official), Holidays("AU", "NSW", year));
    }

    [Fact]
    public void The_same_year_asked_twice_is_the_same_set()
    {
        var country = HolidayCountries.Find("DE")!;

        Assert.Same(_holidays.Of(country, "BY", 2026), _holidays.Of(country, "by", 2026));
    }

    private IEnumerable<DateOnly> Holidays(string country, string? region, int year) => _holidays.Of(HolidayCountries.Find(country)!, region, year).Order();

    private static IEnumerable<DateOnly> Dates(string list) => list.Split(' ').Select(DateOnly.Parse).Order();
}
