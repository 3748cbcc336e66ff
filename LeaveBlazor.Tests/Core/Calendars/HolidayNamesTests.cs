using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Calendars;

/// <summary>The holiday list names every day the counting knows, in every country and region, and names them in English.</summary>
public sealed class HolidayNamesTests
{
    // PublicHoliday 3.17.0 leaves Serbia's Easter days (Friday to Monday) without a name: they stay "Public holiday".
    private static readonly HashSet<(string, int)> UnnamedByThePackage = [("RS", 3), ("RS", 4), ("RS", 5)];

    private readonly PublicHolidayCache _holidays = new();

    public static TheoryData<string, string?> Places()
    {
        var places = new TheoryData<string, string?>();
        foreach (var country in HolidayCountries.All)
        {
            places.Add(country.Code, null);
            foreach (var region in country.Regions)
            {
                places.Add(country.Code, region.Code);
            }
        }

        return places;
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void Named_list_holds_the_counted_days_each_with_a_name(string country, string? region)
    {
        var place = HolidayCountries.Find(country)!;

        foreach (var year in new[] { 2026, 2027 })
        {
            var named = _holidays.NamedOf(place, region, year);

            Assert.Equal(_holidays.Of(place, region, year).Order(), named.Select(h => h.Day));
            NonEmpty.All(named.Where(h => !UnnamedByThePackage.Contains((country, h.Day.Month))), h => Assert.NotEqual(PublicHolidayCache.Unnamed, h.Name));
        }
    }

    [Fact]
    public void English_bank_holidays_have_their_names()
    {
        var named = _holidays.NamedOf(HolidayCountries.Find("GB")!, "ENG", 2027);

        Assert.Equal(["New Year", "Good Friday", "Easter Monday", "Early May", "Spring", "Summer", "Christmas", "Boxing Day"], named.Select(h => h.Name));
    }

    [Fact]
    public void Names_never_fail_where_the_days_are_known()
    {
        var failing = new List<string>();
        foreach (var country in HolidayCountries.All)
        {
            foreach (var region in country.Regions.Select(r => (string?)r.Code).Prepend(null))
            {
                foreach (var year in Enumerable.Range(2026 - YearRange.Span, (2 * YearRange.Span) + 1))
                {
                    if (Throws(() => _holidays.NamedOf(country, region, year)) && !Throws(() => _holidays.Of(country, region, year)))
                    {
                        failing.Add($"{country.Code} {region} {year}");
                    }
                }
            }
        }

        Assert.Empty(failing);
    }

    private static bool Throws(Action work)
    {
        try
        {
            work();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
