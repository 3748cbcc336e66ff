using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Leave;

/// <summary>A day off everyone in a country (or region) has: a public holiday, or a company day (a closure or a half day).</summary>
public sealed record Holiday(DateOnly Day, string Name, HolidayKind Kind, bool HalfDay);

public enum HolidayKind
{
    Public,
    Company,
}

/// <summary>The field names of a holiday list's question, for its refusals.</summary>
public static class HolidayListFields
{
    public const string Country = nameof(Country);
    public const string Region = nameof(Region);
    public const string Year = nameof(Year);
}

/// <summary>
/// The public holidays of a country (and region) in a year, with the company days for everyone and for that country,
/// in date order: by default the asker's own country, region and this year.
/// </summary>
public sealed class HolidayList(IDbContextFactory<LeaveDbContext> contexts, PublicHolidayCache holidays, WorkingCalendars calendars, LeaveClock clock)
{
    /// <param name="country">An ISO 3166 code of <see cref="HolidayCountries"/>; null or empty for the asker's own (and then their region by default).</param>
    /// <param name="region">A region of the country; null or empty for the national holidays.</param>
    /// <exception cref="LeaveValidationException">An unknown country or region, or a year out of <see cref="YearRange"/>.</exception>
    public async Task<List<Holiday>> OfAsync(Employee asker, string? country, string? region, int? year, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var ownCountry = string.IsNullOrWhiteSpace(country);
        var found = ownCountry ? calendars.CountryOf(asker) : HolidayCountries.Find(country);
        // The asker's own region only if their country (perhaps the default one) has it.
        var regionCode = string.IsNullOrWhiteSpace(region) ? (ownCountry ? found?.Region(asker.Region)?.Code : null) : region.Trim();
        var theYear = year ?? clock.Today.Year;
        if (found is null)
        {
            errors.Add(HolidayListFields.Country, $"'{PeopleCsv.Shortened(country!.Trim())}' is not a country whose public holidays are known here: use one of {HolidayCountries.Codes}.");
        }
        else if (regionCode is not null && found.Region(regionCode) is null)
        {
            errors.Add(HolidayListFields.Region, found.Regions.Count == 0
                ? $"{found.Name} has the same public holidays everywhere: leave the region out."
                : $"'{PeopleCsv.Shortened(regionCode)}' is not a region of {found.Name}: use one of {string.Join(", ", found.Regions.Select(r => r.Code))}, or leave it out for the national holidays.");
        }

        YearRange.Check(theYear, clock.Today, HolidayListFields.Year, errors);
        errors.ThrowIfAny();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var first = new DateOnly(theYear, 1, 1);
        var last = new DateOnly(theYear, 12, 31);
        var companyDays = await db.CompanyDays.AsNoTracking()
            .Where(d => d.Day >= first && d.Day <= last && (d.Country == null || d.Country == found!.Code))
            .ToListAsync(cancellationToken);
        return
        [
            .. PublicHolidaysOf(found!, regionCode, theYear).Select(h => new Holiday(h.Day, h.Name, HolidayKind.Public, HalfDay: false))
                .Concat(companyDays.Select(d => new Holiday(d.Day, d.Name, HolidayKind.Company, d.IsHalfDay)))
                .OrderBy(h => h.Day).ThenBy(h => h.Kind),
        ];
    }

    // PublicHoliday 3.17.0 throws for a few places and years (such as Zurich in 2008, Newfoundland in 2038) where two
    // of its holidays fall on one day; leave cannot be counted there either, so the year is refused, saying why.
    private IReadOnlyList<(DateOnly Day, string Name)> PublicHolidaysOf(HolidayCountry country, string? region, int year)
    {
        try
        {
            return holidays.NamedOf(country, region, year);
        }
        catch (ArgumentException)
        {
            var errors = new FieldErrors();
            errors.Add(HolidayListFields.Year, $"The public holidays of {country.Describe(region)} in {year} cannot be worked out here (a fault in the holiday package): choose another year.");
            throw new LeaveValidationException(errors.ToDictionary());
        }
    }
}
