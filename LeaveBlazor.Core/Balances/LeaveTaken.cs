using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Core.Balances;

/// <summary>Charges approved leave to the requester's balance, year by year, in the transaction of the approval.</summary>
public sealed class LeaveTaken(WorkingCalendars calendars)
{
    /// <summary>Adds the ledger lines that the request's unsaved history entries cause, to be saved with them.</summary>
    public async Task AddLinesAsync(LeaveDbContext db, LeaveRequest request, CancellationToken cancellationToken)
    {
        foreach (var entry in request.History.Where(h => h.Id == 0 && h.Kind == LeaveEventKind.Approved))
        {
            var by = new Actor(entry.ActorId, entry.ActorName);
            foreach (var (year, days) in await DaysByYearAsync(db, request, cancellationToken))
            {
                db.BalanceEntries.Add(BalanceEntry.ForRequest(request, year, BalanceEntryKind.Taken, -days, by, entry.At));
            }
        }
    }

    /// <summary>The request's working days in each year it touches (<see cref="YearShares"/>).</summary>
    public async Task<IReadOnlyList<(int Year, decimal Days)>> DaysByYearAsync(LeaveDbContext db, LeaveRequest request, CancellationToken cancellationToken)
    {
        var calendar = request.FirstDay.Year == request.LastDay.Year
            ? null
            : await calendars.OfAsync(db, request.Requester, request.Dates, cancellationToken);
        return YearShares.Of(request.Dates, request.WorkingDays, calendar);
    }
}
