using LeaveBlazor.Core.Calendars;

namespace LeaveBlazor.Core.People;

/// <summary>
/// What decides a person's working calendar: the country and region whose public holidays they have, the weekdays
/// they work, and when their employment starts and ends (either may be open). Allowances per leave type will sit beside these.
/// </summary>
public sealed record WorkingTerms(string? Country, string? Region, WorkingPattern WorkingPattern, DateOnly? EmploymentStart = null, DateOnly? EmploymentEnd = null)
{
    /// <summary>A new person's terms: the company's default country, Monday to Friday, no dates.</summary>
    public static WorkingTerms Default(string country) => new(country, null, WorkingPattern.MondayToFriday);

    /// <summary>Codes trimmed and in capitals, an empty region as none: what is checked and kept.</summary>
    public WorkingTerms Normalised() => this with
    {
        Country = Country?.Trim().ToUpperInvariant(),
        Region = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim().ToUpperInvariant(),
    };

    /// <summary>"Germany (Bayern), Mon–Wed, from 1 Mar 2027": how the audit list and the Users page show them.</summary>
    public string Describe()
    {
        var place = HolidayCountries.Find(Country)?.Describe(Region) ?? Country ?? "";
        var span = (EmploymentStart, EmploymentEnd) switch
        {
            (null, null) => "",
            ({ } start, null) => $", from {start:yyyy-MM-dd}",
            (null, { } end) => $", until {end:yyyy-MM-dd}",
            ({ } start, { } end) => $", {start:yyyy-MM-dd} to {end:yyyy-MM-dd}",
        };
        return $"{place}, {WorkingPattern.Describe()}{span}";
    }
}
