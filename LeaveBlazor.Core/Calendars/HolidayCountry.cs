using PublicHoliday;

namespace LeaveBlazor.Core.Calendars;

/// <summary>A region (state, Land, province, canton) whose public holidays differ from the rest of its country.</summary>
public sealed record HolidayRegion(string Code, string Name);

/// <summary>
/// A country whose public holidays the PublicHoliday package computes, under its ISO 3166 alpha-2 code, with the regions
/// it tells apart (codes from ISO 3166-2 where one exists). Without a region a person has the country's national holidays.
/// </summary>
public sealed class HolidayCountry(string code, string name, Func<string?, IPublicHolidays> holidays, params HolidayRegion[] regions)
{
    public string Code { get; } = code;

    public string Name { get; } = name;

    public IReadOnlyList<HolidayRegion> Regions { get; } = regions;

    public HolidayRegion? Region(string? code) =>
        Regions.FirstOrDefault(r => r.Code.Equals(code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>"Germany (Bayern)", "France".</summary>
    public string Describe(string? region) => Region(region) is { } known ? $"{Name} ({known.Name})" : Name;

    /// <summary>A fresh calculator for the region (null: national); the package's classes keep state, so none is shared.</summary>
    internal IPublicHolidays Calculator(string? region) => holidays(Region(region)?.Code);
}
