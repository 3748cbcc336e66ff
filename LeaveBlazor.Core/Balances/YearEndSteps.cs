using System.Globalization;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;

namespace LeaveBlazor.Core.Balances;

/// <summary>
/// What is due on one person's account for one counted type on a day, as new ledger lines: this year's allowance
/// (granted, pro rata, or this month's accrual), the days carried over from last year, and the carried days that
/// expired unused. Each step compares what the ledger holds with what is due and writes only the difference, so
/// working it out again on the same day writes nothing; a change of employment or allowance during the year is
/// written as the difference it makes.
/// </summary>
public sealed class YearEndSteps(Employee person, LeavePolicy policy, decimal allowance, DateOnly today, DateTimeOffset now)
{
    public const string GrantedKey = "granted";
    public const string CarriedInKey = "carried-in";
    public const string CarriedOutKey = "carried-out";
    public const string ExpiredKey = "expired";

    private static readonly BalanceEntryKind[] GrantKinds = [BalanceEntryKind.Granted, BalanceEntryKind.ProRata, BalanceEntryKind.Accrued];

    private int Year => today.Year;

    /// <summary>The lines that bring this year's grant to what is due today.</summary>
    public IEnumerable<BalanceEntry> Grant(IReadOnlyCollection<BalanceEntry> thisYear)
    {
        var due = Entitlement.Due(allowance, policy.Accrual, Year, today, person.EmploymentStart, person.EmploymentEnd);
        var grants = thisYear.Where(l => GrantKinds.Contains(l.Kind)).ToList();
        var granted = grants.Sum(l => l.Days);
        if (policy.Accrual == LeaveAccrual.MonthlyProRata)
        {
            if (due != granted)
            {
                var count = grants.Count(l => l.Kind == BalanceEntryKind.Accrued) + 1;
                yield return Line(Year, BalanceEntryKind.Accrued, due - granted, $"accrued-{count}",
                    $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(today.Month)}: {Days(due)} of {Days(allowance)} earned so far{Employment()}");
            }

            yield break;
        }

        if (grants.All(l => l.Key != GrantedKey))
        {
            if (due == 0)
            {
                yield break;
            }

            yield return Line(Year, BalanceEntryKind.Granted, allowance, GrantedKey, $"{Days(allowance)} for {Year}");
            granted = allowance;
        }

        if (due != granted)
        {
            var count = grants.Count(l => l.Kind == BalanceEntryKind.ProRata) + 1;
            yield return Line(Year, BalanceEntryKind.ProRata, due - granted, $"pro-rata-{count}", $"{Days(due)} of {Days(allowance)} for {Year}{Employment()}");
        }
    }

    /// <summary>
    /// Moves what was left of last year (up to the policy's most) into this year: out of last year's balance and into
    /// this one's, so no day counts in both. Nothing moves for a year that was never granted, nor twice.
    /// </summary>
    public IEnumerable<BalanceEntry> CarryOver(IReadOnlyCollection<BalanceEntry> lastYear, IReadOnlyCollection<BalanceEntry> thisYear)
    {
        if (policy.CarryOverMaxDays <= 0 || thisYear.Any(l => l.Key == CarriedInKey) || !lastYear.Any(l => GrantKinds.Contains(l.Kind)))
        {
            yield break;
        }

        var carried = Math.Min(Math.Max(lastYear.Sum(l => l.Days), 0), policy.CarryOverMaxDays);
        if (carried > 0)
        {
            var expiry = ExpiryDate is { } day ? $", to use by {LeaveFormat.Day(day)}" : "";
            yield return Line(Year - 1, BalanceEntryKind.CarriedOver, -carried, CarriedOutKey, $"{Days(carried)} carried over into {Year}");
            yield return Line(Year, BalanceEntryKind.CarriedOver, carried, CarriedInKey, $"{Days(carried)} carried over from {Year - 1}{expiry}");
        }
    }

    /// <summary>
    /// After the expiry date, the carried days that leave starting on or before it did not use. Carried days are used
    /// first, so only what is left of them expires; the rest of the balance stays.
    /// </summary>
    /// <param name="firstDayOf">The first day of the leave a taken or given-back line is for.</param>
    public IEnumerable<BalanceEntry> Expire(IReadOnlyCollection<BalanceEntry> thisYear, Func<Guid, DateOnly> firstDayOf)
    {
        var carriedIn = thisYear.Where(l => l.Key == CarriedInKey).Sum(l => l.Days);
        if (ExpiryDate is not { } expiry || today <= expiry || carriedIn <= 0 || thisYear.Any(l => l.Key == ExpiredKey))
        {
            yield break;
        }

        var used = -thisYear
            .Where(l => l.Kind is BalanceEntryKind.Taken or BalanceEntryKind.GivenBack && l.LeaveRequestId is { } id && firstDayOf(id) <= expiry)
            .Sum(l => l.Days);
        var expired = carriedIn - Math.Clamp(used, 0, carriedIn);
        if (expired > 0)
        {
            yield return Line(Year, BalanceEntryKind.CarryOverExpired, -expired, ExpiredKey,
                $"{Days(expired)} of the {Days(carriedIn)} carried over from {Year - 1} not used by {LeaveFormat.Day(expiry)}");
        }
    }

    /// <summary>This year's expiry date of carried-over days, or null when they do not expire (29 Feb falls back to 28 Feb).</summary>
    public DateOnly? ExpiryDate => policy.CarryOverExpiryMonth is { } month && policy.CarryOverExpiryDay is { } day
        ? new DateOnly(Year, month, Math.Min(day, DateTime.DaysInMonth(Year, month)))
        : null;

    private BalanceEntry Line(int year, BalanceEntryKind kind, decimal days, string key, string note) =>
        BalanceEntry.ByApp(person.Id, policy.Id, year, kind, days, key, note, now);

    private string Employment() => (person.EmploymentStart, person.EmploymentEnd) switch
    {
        ({ } start, { } end) => $" (employed {start:yyyy-MM-dd} to {end:yyyy-MM-dd})",
        ({ } start, null) => $" (employed from {start:yyyy-MM-dd})",
        (null, { } end) => $" (employed until {end:yyyy-MM-dd})",
        _ => "",
    };

    private static string Days(decimal days) => LeavePolicyRules.Days(days);
}
