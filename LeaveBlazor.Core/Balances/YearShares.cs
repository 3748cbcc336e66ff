using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Core.Balances;

/// <summary>How a request's working days fall into calendar years, so each year's balance is charged for its own days.</summary>
public static class YearShares
{
    /// <summary>
    /// One share per year the dates touch. Every year but the last is counted on the requester's calendar; the last
    /// takes the rest of <paramref name="workingDays"/>, so the shares always add up to what the request was counted
    /// at, even when a company day was added after it was made. No day is charged twice, and none is lost.
    /// </summary>
    public static IReadOnlyList<(int Year, decimal Days)> Of(LeaveDates dates, decimal workingDays, WorkingDayCalendar? calendar)
    {
        if (dates.FirstDay.Year == dates.LastDay.Year || calendar is null)
        {
            return [(dates.LastDay.Year, workingDays)];
        }

        var shares = new List<(int Year, decimal Days)>();
        var left = workingDays;
        foreach (var part in dates.ByYear())
        {
            var days = part.LastDay == dates.LastDay ? left : Math.Min(left, calendar.Count(part));
            shares.Add((part.FirstDay.Year, days));
            left -= days;
        }

        return shares;
    }
}
