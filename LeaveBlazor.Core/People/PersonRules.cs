using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.People;

/// <summary>
/// The rules for a person's name, email address and working terms, however they are added or changed (the admin's
/// dialog, the first admin, the CSV import).
/// </summary>
public static class PersonRules
{
    public const string EmailField = "Email";
    public const string DisplayNameField = "DisplayName";
    public const int DisplayNameMaxLength = 100;
    public const string CountryField = nameof(WorkingTerms.Country);
    public const string RegionField = nameof(WorkingTerms.Region);
    public const string WorkingDaysField = "WorkingDays";
    public const string EmploymentStartField = nameof(WorkingTerms.EmploymentStart);
    public const string EmploymentEndField = nameof(WorkingTerms.EmploymentEnd);
    public const string TeamField = "Team";
    public const int TeamMaxLength = 100;

    public static void CheckDisplayName(string? displayName, FieldErrors errors)
    {
        var name = displayName?.Trim() ?? "";
        if (name.Length is 0 or > DisplayNameMaxLength)
        {
            errors.Add(DisplayNameField, $"Enter a display name of 1 to {DisplayNameMaxLength} characters, on one line.");
            return;
        }

        PlainText.Check(name, DisplayNameField, "display name", errors);
    }

    /// <summary>A team or department is optional: up to <see cref="TeamMaxLength"/> characters on one line (see <see cref="Team"/>).</summary>
    public static void CheckTeam(string? team, FieldErrors errors)
    {
        var name = Team(team);
        if (name?.Length > TeamMaxLength)
        {
            errors.Add(TeamField, $"Enter a team or department of at most {TeamMaxLength} characters, or leave it empty.");
            return;
        }

        PlainText.Check(name, TeamField, "team or department", errors);
    }

    /// <summary>The team as kept: trimmed, and null when empty.</summary>
    public static string? Team(string? team) => string.IsNullOrWhiteSpace(team) ? null : team.Trim();

    /// <summary>Only that the address is plain text; whether it is an address is for the mail library that will send to it.</summary>
    public static void CheckEmailText(string? email, FieldErrors errors) =>
        PlainText.Check(email?.Trim(), EmailField, "email address", errors);

    public static void CheckWorkingTerms(WorkingTerms terms, FieldErrors errors)
    {
        terms = terms.Normalised();
        CheckCountryAndRegion(terms.Country, terms.Region, errors);
        if (terms.WorkingPattern.IsEmpty)
        {
            errors.Add(WorkingDaysField, "Choose at least one working day.");
        }

        if (terms is { EmploymentStart: { } start, EmploymentEnd: { } end } && end < start)
        {
            errors.Add(EmploymentEndField, $"The employment ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}): the end can be the start at the earliest.");
        }
    }

    private static void CheckCountryAndRegion(string? code, string? region, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(code))
        {
            errors.Add(CountryField, "Choose the country whose public holidays this person has.");
            return;
        }

        if (HolidayCountries.Find(code) is not { } country)
        {
            PlainText.Check(code, CountryField, "country", errors);
            if (!errors.Has(CountryField))
            {
                errors.Add(CountryField, $"Country '{Shortened(code)}' is not supported: use a two-letter ISO 3166 code whose public holidays are known here: {HolidayCountries.Codes}.");
            }

            return;
        }

        if (region is null || country.Region(region) is not null)
        {
            return;
        }

        PlainText.Check(region, RegionField, "region", errors);
        if (errors.Has(RegionField))
        {
            return;
        }

        errors.Add(RegionField, country.Regions.Count == 0
            ? $"{country.Name} has the same public holidays everywhere here: leave the region empty."
            : $"Region '{Shortened(region)}' is not one of {country.Name}'s here: leave it empty for the national holidays, or use one of {string.Join(", ", country.Regions.Select(r => r.Code))}.");
    }

    /// <summary>What a refusal quotes of a value: enough to recognise it, not a whole pasted paragraph.</summary>
    private static string Shortened(string value) => value.Length <= 12 ? value : value[..12] + "…";
}
