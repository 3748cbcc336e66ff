using System.Globalization;

namespace LeaveBlazor.Core.Calendars;

/// <summary>
/// A day the company gives off, that nobody spends leave on: a closure (the whole day) or a half day (the afternoon),
/// for everyone or for the people of one country. Admins manage them.
/// </summary>
public sealed class CompanyDay
{
    public const int NameMaxLength = 100;

    private CompanyDay()
    {
    }

    public CompanyDay(CompanyDayDraft checkedDraft) => Change(checkedDraft);

    public int Id { get; private set; }

    public DateOnly Day { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The ISO 3166 code of the country whose people have the day off; null for everyone.</summary>
    public string? Country { get; private set; }

    /// <summary>Only the afternoon is off; leave on the day spends the morning, a half.</summary>
    public bool IsHalfDay { get; private set; }

    public bool AppliesTo(string country) => Country is null || Country == country;

    /// <summary>Takes a draft that <see cref="CompanyDayRules"/> accepted.</summary>
    public void Change(CompanyDayDraft checkedDraft)
    {
        Day = checkedDraft.Day!.Value;
        Name = checkedDraft.Name!.Trim();
        Country = CompanyDayDraft.CountryOf(checkedDraft.Country);
        IsHalfDay = checkedDraft.IsHalfDay;
    }

    /// <summary>"Fri 24 Dec 2027, Christmas Eve (half day, GB)".</summary>
    public string Describe() => $"{Day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}, {Name} ({(IsHalfDay ? "half day" : "closure")}, {Country ?? "everyone"})";
}

/// <summary>What an admin fills in for a company day; <see cref="Country"/> empty means everyone.</summary>
public sealed record CompanyDayDraft(DateOnly? Day, string? Name, string? Country, bool IsHalfDay)
{
    public static string? CountryOf(string? country) => string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
}
