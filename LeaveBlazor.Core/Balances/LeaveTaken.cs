using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Balances;

/// <summary>
/// Charges approved leave to the requester's balance, year by year, in the transaction of the approval, and gives
/// the days back, in the transaction of the confirmation, when approved leave is cancelled or cut short.
/// </summary>
public sealed class LeaveTaken(WorkingCalendars calendars)
{
    /// <summary>Adds the ledger lines that the request's unsaved history entries cause, to be saved with them.</summary>
    public async Task AddLinesAsync(LeaveDbContext db, LeaveRequest request, CancellationToken cancellationToken)
    {
        foreach (var entry in request.History.Where(h => h.Id == 0))
        {
            var by = new Actor(entry.ActorId, entry.ActorName);
            if (entry.Kind == LeaveEventKind.Approved)
            {
                foreach (var (year, days) in await DaysByYearAsync(db, request, cancellationToken))
                {
                    db.BalanceEntries.Add(BalanceEntry.ForRequest(request, year, BalanceEntryKind.Taken, -days, by, entry.At));
                }
            }
            else if (entry.Kind == LeaveEventKind.CancellationConfirmed)
            {
                foreach (var (year, days) in await GivenBackAsync(db, request, cancellationToken))
                {
                    db.BalanceEntries.Add(BalanceEntry.ForRequest(request, year, BalanceEntryKind.GivenBack, days, by, entry.At));
                }
            }
        }
    }

    /// <summary>
    /// Per year, what the ledger charged for the request less what it keeps now (nothing once cancelled): what was
    /// charged is what comes back, whatever the calendar or policy says today.
    /// </summary>
    private async Task<IEnumerable<(int Year, decimal Days)>> GivenBackAsync(LeaveDbContext db, LeaveRequest request, CancellationToken cancellationToken)
    {
        var charged = await db.BalanceEntries.AsNoTracking()
            .Where(l => l.LeaveRequestId == request.Id && l.Kind == BalanceEntryKind.Taken)
            .Select(l => new { l.Year, l.Days }).ToListAsync(cancellationToken);
        var kept = request.Status == LeaveStatus.Approved ? await DaysByYearAsync(db, request, cancellationToken) : [];
        return charged.Select(c => (c.Year, Days: -c.Days - kept.Where(k => k.Year == c.Year).Sum(k => k.Days))).Where(g => g.Days > 0);
    }

    /// <summary>The request's working days in each year it touches (<see cref="YearShares"/>).</summary>
    public Task<IReadOnlyList<(int Year, decimal Days)>> DaysByYearAsync(LeaveDbContext db, LeaveRequest request, CancellationToken cancellationToken) =>
        DaysByYearAsync(db, () => Task.FromResult(request.Requester), request.Dates, request.WorkingDays, cancellationToken);

    /// <param name="requester">Read only when the dates cross New Year and so need the requester's calendar.</param>
    public async Task<IReadOnlyList<(int Year, decimal Days)>> DaysByYearAsync(
        LeaveDbContext db, Func<Task<Employee>> requester, LeaveDates dates, decimal workingDays, CancellationToken cancellationToken)
    {
        var calendar = dates.FirstDay.Year == dates.LastDay.Year
            ? null
            : await calendars.OfAsync(db, await requester(), dates, cancellationToken);
        return YearShares.Of(dates, workingDays, calendar);
    }
}
