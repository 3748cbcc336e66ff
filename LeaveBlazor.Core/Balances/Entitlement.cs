namespace LeaveBlazor.Core.Balances;

/// <summary>
/// How much of a yearly allowance a person has earned: the share of the year they are employed, up to a day, rounded
/// to the nearest half day (halves up). A full year earns the whole allowance; monthly accrual earns it month by month.
/// </summary>
public static class Entitlement
{
    /// <summary>The allowance earned in <paramref name="year"/> for employment up to and including <paramref name="through"/>.</summary>
    public static decimal Through(decimal allowance, int year, DateOnly through, DateOnly? employedFrom, DateOnly? employedUntil)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var from = Later(first, employedFrom);
        var to = Earlier(Earlier(last, through), employedUntil);
        if (to < from)
        {
            return 0;
        }

        var employedDays = to.DayNumber - from.DayNumber + 1;
        var daysInYear = last.DayNumber - first.DayNumber + 1;
        return HalfDays(allowance * employedDays / daysInYear);
    }

    /// <summary>What the grant lines of <paramref name="year"/> should add up to on <paramref name="today"/>.</summary>
    public static decimal Due(decimal allowance, Policies.LeaveAccrual accrual, int year, DateOnly today, DateOnly? employedFrom, DateOnly? employedUntil)
    {
        if (today.Year < year)
        {
            return 0;
        }

        var through = accrual == Policies.LeaveAccrual.MonthlyProRata && today.Year == year
            ? new DateOnly(year, today.Month, DateTime.DaysInMonth(year, today.Month))
            : new DateOnly(year, 12, 31);
        return Through(allowance, year, through, employedFrom, employedUntil);
    }

    /// <summary>True when the person works for the company on at least one day of <paramref name="year"/>.</summary>
    public static bool EmployedIn(int year, DateOnly? employedFrom, DateOnly? employedUntil) =>
        (employedFrom is null || employedFrom.Value.Year <= year) && (employedUntil is null || employedUntil.Value.Year >= year);

    public static decimal HalfDays(decimal days) => Math.Round(days * 2, MidpointRounding.AwayFromZero) / 2;

    private static DateOnly Later(DateOnly day, DateOnly? other) => other is { } o && o > day ? o : day;

    private static DateOnly Earlier(DateOnly day, DateOnly? other) => other is { } o && o < day ? o : day;
}
