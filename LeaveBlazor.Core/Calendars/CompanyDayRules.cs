using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Calendars;

/// <summary>The rules for a company day, field by field, however it is added (the admin page, the seed from settings).</summary>
public static class CompanyDayRules
{
    public const string DayField = nameof(CompanyDayDraft.Day);
    public const string NameField = nameof(CompanyDayDraft.Name);
    public const string CountryField = nameof(CompanyDayDraft.Country);

    /// <param name="others">The company days already kept (without the one being changed), to refuse the same day twice for the same people.</param>
    public static FieldErrors Check(CompanyDayDraft draft, IEnumerable<CompanyDay> others)
    {
        var errors = new FieldErrors();
        if (draft.Day is null)
        {
            errors.Add(DayField, "Enter the day, such as 2027-12-24.");
        }

        var name = draft.Name?.Trim() ?? "";
        if (name.Length is 0 or > CompanyDay.NameMaxLength)
        {
            errors.Add(NameField, $"Enter a name of 1 to {CompanyDay.NameMaxLength} characters, such as \"Christmas Eve\".");
        }
        else
        {
            PlainText.Check(name, NameField, "name", errors);
        }

        var country = CompanyDayDraft.CountryOf(draft.Country);
        if (country is not null && HolidayCountries.Find(country) is null)
        {
            errors.Add(CountryField, $"'{country}' is not a country whose public holidays are known here: leave it empty for everyone, or use one of {HolidayCountries.Codes}.");
        }

        if (draft.Day is { } day && others.FirstOrDefault(d => d.Day == day && d.Country == country) is { } same)
        {
            errors.Add(DayField, $"{same.Describe()} is already a company day for the same people: change that one instead.");
        }

        return errors;
    }
}
