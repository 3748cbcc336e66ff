using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Balances;

/// <summary>
/// What balance checks read, each read once per person (and type and year) however many requests are checked
/// together: an approver's inbox, or a dispatch pass's decision requests, often hold several of one person's. A batch
/// of many people reads every one's lines and pending requests ahead (<see cref="ReadAheadAsync"/>).
/// Pending requests within one year are counted in SQL per person, type, year and length: someone may have hundreds
/// waiting, and each read as a row was the largest share of a submission's bytes. Those across New Year (their days
/// split by the calendar) and those being <paramref name="checking"/> (whose own days a check leaves out) are read one by one.
/// </summary>
internal sealed class BalanceReads(LeaveDbContext db, LeaveTaken taken, IReadOnlyCollection<string> employeeIds, IReadOnlyCollection<Guid>? checking = null)
{
    private readonly Dictionary<(string EmployeeId, int PolicyId, int Year), List<(BalanceEntryKind Kind, decimal Days)>> _lines = [];
    private readonly Dictionary<(string EmployeeId, int Year), PlannedDays> _pending = [];
    private readonly List<Guid> _checking = [.. checking ?? []];
    private readonly HashSet<string> _people = [.. employeeIds];
    private readonly HashSet<int> _yearsReadAhead = [];
    private YearlyAllowances? _allowances;

    /// <summary>A pending request's days in one year.</summary>
    public sealed record PendingShare(Guid RequestId, int PolicyId, decimal Days);

    /// <summary>A person's pending days in one year: summed per type, and the requests read one by one.</summary>
    private sealed record PlannedDays(Dictionary<int, decimal> Summed, List<PendingShare> OneByOne);

    /// <summary>How many pending requests of one length a person has of a type within one year.</summary>
    private sealed record PendingOfLength(string RequesterId, int LeavePolicyId, int Year, decimal WorkingDays, int Count);

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

        var (summed, oneByOne) = await PendingAsync(people, yearList.Min(), yearList.Max(), cancellationToken);
        var sums = summed.ToLookup(p => p.RequesterId);
        var rows = oneByOne.ToLookup(r => r.RequesterId);
        foreach (var person in people)
        {
            foreach (var year in yearList)
            {
                _pending[(person, year)] = await PlannedDaysAsync(person, year, sums[person], rows[person], cancellationToken);
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

    /// <summary>
    /// The days of the person's pending requests that fall in <paramref name="year"/>, per type, leaving out
    /// <paramref name="excluding"/>, which must be one of the requests given as being checked.
    /// </summary>
    public async Task<Dictionary<int, decimal>> PlannedAsync(string employeeId, int year, CancellationToken cancellationToken, Guid? excluding = null)
    {
        if (excluding is { } left && !_checking.Contains(left))
        {
            throw new ArgumentException("A request whose own days are left out must be given as being checked: its days are otherwise summed with the rest.", nameof(excluding));
        }

        if (!_pending.TryGetValue((employeeId, year), out var planned))
        {
            var (summed, oneByOne) = await PendingAsync([employeeId], year, year, cancellationToken);
            planned = await PlannedDaysAsync(employeeId, year, summed, oneByOne, cancellationToken);
            _pending[(employeeId, year)] = planned;
        }

        var byPolicy = new Dictionary<int, decimal>(planned.Summed);
        foreach (var share in planned.OneByOne.Where(s => s.RequestId != excluding))
        {
            byPolicy[share.PolicyId] = byPolicy.GetValueOrDefault(share.PolicyId) + share.Days;
        }

        return byPolicy;
    }

    private bool ReadAhead(string employeeId, int year) => _yearsReadAhead.Contains(year) && _people.Contains(employeeId);

    /// <summary>
    /// The people's pending requests touching the years from <paramref name="fromYear"/> to <paramref name="toYear"/>:
    /// those within one year (and not being checked) counted by length, the rest one by one, with the few fields the sum needs.
    /// </summary>
    private async Task<(List<PendingOfLength> Summed, List<PendingRequest> OneByOne)> PendingAsync(List<string> people, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var from = new DateOnly(fromYear, 1, 1);
        var to = new DateOnly(toYear, 12, 31);
        var pending = db.LeaveRequests.AsNoTracking()
            .Where(r => people.Contains(r.RequesterId) && r.Status == LeaveStatus.Pending && r.LastDay >= from && r.FirstDay <= to);

        // Counted per length rather than summed: SQLite keeps decimals as text and cannot add them up.
        var summed = await pending
            .Where(r => r.FirstDay.Year == r.LastDay.Year && !_checking.Contains(r.Id))
            .GroupBy(r => new { r.RequesterId, r.LeavePolicyId, r.FirstDay.Year, r.WorkingDays })
            .Select(g => new PendingOfLength(g.Key.RequesterId, g.Key.LeavePolicyId, g.Key.Year, g.Key.WorkingDays, g.Count()))
            .ToListAsync(cancellationToken);
        var oneByOne = await pending
            .Where(r => r.FirstDay.Year != r.LastDay.Year || _checking.Contains(r.Id))
            .Select(r => new PendingRequest(r.Id, r.RequesterId, r.LeavePolicyId, r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd, r.WorkingDays))
            .ToListAsync(cancellationToken);
        return (summed, oneByOne);
    }

    private async Task<PlannedDays> PlannedDaysAsync(string employeeId, int year, IEnumerable<PendingOfLength> summed, IEnumerable<PendingRequest> oneByOne, CancellationToken cancellationToken) =>
        new(summed.Where(p => p.Year == year).GroupBy(p => p.LeavePolicyId).ToDictionary(g => g.Key, g => g.Sum(p => p.WorkingDays * p.Count)),
            await SharesAsync(employeeId, year, oneByOne, cancellationToken));

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
