using System.Globalization;

namespace LeaveBlazor.Core.Away;

/// <summary>Months as the calendar page's address writes them: "2027-03".</summary>
public static class CalendarMonths
{
    /// <summary>The first day of the month <paramref name="text"/> names, or null when it names none.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : null;

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly FirstDay(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly LastDay(DateOnly day) => FirstDay(day).AddMonths(1).AddDays(-1);
}
