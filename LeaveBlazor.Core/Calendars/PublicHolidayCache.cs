using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace LeaveBlazor.Core.Calendars;

/// <summary>
/// The public holidays of a country (and region) in a year, computed by the PublicHoliday package once per country,
/// region and year for the life of the app: submissions and the form ask for them on every count.
/// </summary>
public sealed class PublicHolidayCache
{
    private readonly ConcurrentDictionary<(string Country, string Region, int Year), FrozenSet<DateOnly>> _years = new();
    private readonly ConcurrentDictionary<(string Country, string Region, int Year), (DateOnly Day, string Name)[]> _names = new();

    /// <summary>The days off in <paramref name="year"/>, as observed (a holiday on a Sunday may move to the Monday, or into the year before).</summary>
    public IReadOnlySet<DateOnly> Of(HolidayCountry country, string? region, int year) =>
        _years.GetOrAdd((country.Code, country.Region(region)?.Code ?? "", year), key => Compute(country, region, key.Year));

    /// <summary>The days off in <paramref name="year"/> with their names in English, in date order (for lists; counting needs only <see cref="Of"/>).</summary>
    public IReadOnlyList<(DateOnly Day, string Name)> NamedOf(HolidayCountry country, string? region, int year) =>
        _names.GetOrAdd((country.Code, country.Region(region)?.Code ?? "", year), key => Name(country, region, key.Year, Of(country, region, year)));

    /// <summary>What a holiday the package gives no name for is called.</summary>
    public const string Unnamed = "Public holiday";

    public bool IsHoliday(HolidayCountry country, string? region, DateOnly day) => Of(country, region, day.Year).Contains(day);

    // The package names each holiday under the day it is observed; a day it gives no name for is still a holiday.
    private static (DateOnly Day, string Name)[] Name(HolidayCountry country, string? region, int year, IReadOnlySet<DateOnly> days)
    {
        var calculator = country.Calculator(region);
        var names = Enumerable.Range(year - 1, 3).Where(y => y is >= 1 and <= 9999)
            .SelectMany(y => NamesIn(calculator, y))
            .Where(named => !string.IsNullOrWhiteSpace(named.Value))
            .GroupBy(named => DateOnly.FromDateTime(named.Key))
            .ToDictionary(g => g.Key, g => string.Join(" / ", g.Select(named => named.Value.Trim()).Distinct()));
        return [.. days.Order().Select(day => (day, names.GetValueOrDefault(day) ?? Unnamed))];
    }

    // PublicHoliday 3.17.0 collects a year's names in a dictionary by day, which throws when two holidays share one
    // (Germany in 2008: Ascension Day on 1 May). The days are still known, so that year's go unnamed.
    private static IEnumerable<KeyValuePair<DateTime, string>> NamesIn(PublicHoliday.IPublicHolidays calculator, int year)
    {
        try
        {
            return calculator.PublicHolidayNames(year);
        }
        catch (ArgumentException)
        {
            return [];
        }
    }

    private static FrozenSet<DateOnly> Compute(HolidayCountry country, string? region, int year)
    {
        // A year's list holds the days observed for its holidays, which can fall in the year next door: New Year's Day
        // 2028 is observed in the US on 31 December 2027. So the neighbours are read too, and each day kept in its own year.
        var calculator = country.Calculator(region);
        var years = Enumerable.Range(year - 1, 3).Where(y => y is >= 1 and <= 9999);
        return years.SelectMany(calculator.PublicHolidays)
            .Select(DateOnly.FromDateTime)
            .Where(day => day.Year == year)
            .ToFrozenSet();
    }
}
