using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Balances;

/// <summary>
/// What balance checks read, each read once per person (and type and year) however many requests are checked
/// together: an approver's inbox, or a dispatch pass's decision requests, often hold several of one person's. A batch
/// of many people reads every one's lines and pending requests ahead in two queries (<see cref="ReadAheadAsync"/>).
/// </summary>
internal sealed class BalanceReads(LeaveDbContext db, LeaveTaken taken, IReadOnlyCollection<string> employeeIds)
{
    private readonly Dictionary<(string EmployeeId, int PolicyId, int Year), List<(BalanceEntryKind Kind, decimal Days)>> _lines = [];
    private readonly Dictionary<(string EmployeeId, int Year), List<PendingShare>> _pending = [];
    private readonly HashSet<string> _people = [.. employeeIds];
    private readonly HashSet<int> _yearsReadAhead = [];
    private YearlyAllowances? _allowances;

    /// <summary>A pending request's days in one year.</summary>
    public sealed record PendingShare(Guid RequestId, int PolicyId, decimal Days);

    private sealed record PendingRequest(Guid Id, string RequesterId, int LeavePolicyId, DateOnly FirstDay, DateOnly LastDay, bool HalfDayStart, bool HalfDayEnd, decimal WorkingDays);

    /// <summary>The own allowances of every person given at the start, read at the first call.</summary>
    public async Task<YearlyAllowances> AllowancesAsync(CancellationToken cancellationToken) =>
        _allowances ??= await YearlyAllowances.ForAsync(db, employeeIds, cancellationToken);

    /// <summary>Every person's ledger lines and pending requests in the given years, in one query each.</summary>
    public async Task ReadAheadAsync(IReadOnlyCollection<int> years, CancellationToken cancellationToken)
    {
        var people = _people.ToList();
        var yearList = years.Except(_yearsReadAhead).ToList();
        if (yearList.Count == 0)
        {
            return;
        }

        var lines = await db.BalanceEntries.AsNoTracking()
            .Where(l => people.Contains(l.EmployeeId) && yearList.Contains(l.Year))
            .Select(l => new { l.EmployeeId, l.LeavePolicyId, l.Year, l.Kind, l.Days })
            .ToListAsync(cancellationToken);
        foreach (var group in lines.GroupBy(l => (l.EmployeeId, l.LeavePolicyId, l.Year)))
        {
            _lines[group.Key] = group.Select(l => (l.Kind, l.Days)).ToList();
        }

        var pending = (await PendingAsync(people, new DateOnly(yearList.Min(), 1, 1), new DateOnly(yearList.Max(), 12, 31), cancellationToken)).ToLookup(r => r.RequesterId);
        foreach (var person in people)
        {
            foreach (var year in yearList)
            {
                _pending[(person, year)] = await SharesAsync(person, year, pending[person], cancellationToken);
            }
        }

        _yearsReadAhead.UnionWith(yearList);
    }

    public async Task<List<(BalanceEntryKind Kind, decimal Days)>> LinesAsync(string employeeId, int policyId, int year, CancellationToken cancellationToken)
    {
        if (!_lines.TryGetValue((employeeId, policyId, year), out var lines))
        {
            lines = ReadAhead(employeeId, year)
                ? []
                : (await db.BalanceEntries.AsNoTracking()
                    .Where(l => l.EmployeeId == employeeId && l.LeavePolicyId == policyId && l.Year == year)
                    .Select(l => new { l.Kind, l.Days })
                    .ToListAsync(cancellationToken))
                .Select(l => (l.Kind, l.Days)).ToList();
            _lines[(employeeId, policyId, year)] = lines;
        }

        return lines;
    }

    /// <summary>The days of the person's pending requests that fall in <paramref name="year"/>, per type, leaving out <paramref name="excluding"/>.</summary>
    public async Task<Dictionary<int, decimal>> PlannedAsync(string employeeId, int year, CancellationToken cancellationToken, Guid? excluding = null) =>
        (await PendingSharesAsync(employeeId, year, cancellationToken))
            .Where(s => s.RequestId != excluding)
            .GroupBy(s => s.PolicyId)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Days));

    private bool ReadAhead(string employeeId, int year) => _yearsReadAhead.Contains(year) && _people.Contains(employeeId);

    private async Task<List<PendingShare>> PendingSharesAsync(string employeeId, int year, CancellationToken cancellationToken)
    {
        if (!_pending.TryGetValue((employeeId, year), out var shares))
        {
            var pending = await PendingAsync([employeeId], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
            shares = await SharesAsync(employeeId, year, pending, cancellationToken);
            _pending[(employeeId, year)] = shares;
        }

        return shares;
    }

    /// <summary>The people's pending requests touching the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private async Task<List<PendingRequest>> PendingAsync(List<string> people, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        // Only the few fields the sum needs: someone may have many requests waiting, and each would be read whole.
        await db.LeaveRequests.AsNoTracking()
            .Where(r => people.Contains(r.RequesterId) && r.Status == LeaveStatus.Pending && r.LastDay >= from && r.FirstDay <= to)
            .Select(r => new PendingRequest(r.Id, r.RequesterId, r.LeavePolicyId, r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd, r.WorkingDays))
            .ToListAsync(cancellationToken);

    private async Task<List<PendingShare>> SharesAsync(string employeeId, int year, IEnumerable<PendingRequest> pending, CancellationToken cancellationToken)
    {
        Employee? requester = null;
        async Task<Employee> Requester() => requester ??= await db.Employees.AsNoTracking().SingleAsync(e => e.Id == employeeId, cancellationToken);
        var shares = new List<PendingShare>();
        foreach (var request in pending.Where(r => r.FirstDay.Year <= year && r.LastDay.Year >= year))
        {
            // Most requests lie within one year, and all their days are in it: only those across New Year need the calendar.
            var days = request.FirstDay.Year == request.LastDay.Year
                ? request.WorkingDays
                : (await taken.DaysByYearAsync(db, Requester, new LeaveDates(request.FirstDay, request.LastDay, request.HalfDayStart, request.HalfDayEnd),
                    request.WorkingDays, cancellationToken)).Where(s => s.Year == year).Sum(s => s.Days);
            shares.Add(new PendingShare(request.Id, request.LeavePolicyId, days));
        }

        return shares;
    }
}
