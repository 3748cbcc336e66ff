namespace LeaveBlazor.Core.Rules;

/// <summary>The years people may ask about (balances, holidays, exports): fifty either side of today, well inside what dates can hold.</summary>
public static class YearRange
{
    public const int Span = 50;

    public static bool Contains(int year, DateOnly today) => Math.Abs(year - today.Year) <= Span;

    /// <summary>Adds a message under <paramref name="field"/> when <paramref name="year"/> is out of range.</summary>
    public static void Check(int year, DateOnly today, string field, FieldErrors errors)
    {
        if (!Contains(year, today))
        {
            errors.Add(field, $"Choose a year from {today.Year - Span} to {today.Year + Span}; {year} is out of range.");
        }
    }
}
