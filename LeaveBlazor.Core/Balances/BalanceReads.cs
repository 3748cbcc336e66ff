using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Balances;

/// <summary>
/// What balance checks read, each read once per person (and type and year) however many requests are checked
/// together: an approver's inbox, or a dispatch pass's decision requests, often hold several of one person's.
/// </summary>
internal sealed class BalanceReads(LeaveDbContext db, LeaveTaken taken, IReadOnlyCollection<string> employeeIds)
{
    private readonly Dictionary<(string EmployeeId, int PolicyId, int Year), List<(BalanceEntryKind Kind, decimal Days)>> _lines = [];
    private readonly Dictionary<(string EmployeeId, int Year), List<PendingShare>> _pending = [];
    private YearlyAllowances? _allowances;

    /// <summary>A pending request's days in one year.</summary>
    public sealed record PendingShare(Guid RequestId, int PolicyId, decimal Days);

    /// <summary>The own allowances of every person given at the start, read at the first call.</summary>
    public async Task<YearlyAllowances> AllowancesAsync(CancellationToken cancellationToken) =>
        _allowances ??= await YearlyAllowances.ForAsync(db, employeeIds, cancellationToken);

    public async Task<List<(BalanceEntryKind Kind, decimal Days)>> LinesAsync(string employeeId, int policyId, int year, CancellationToken cancellationToken)
    {
        if (!_lines.TryGetValue((employeeId, policyId, year), out var lines))
        {
            lines = (await db.BalanceEntries.AsNoTracking()
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

    private async Task<List<PendingShare>> PendingSharesAsync(string employeeId, int year, CancellationToken cancellationToken)
    {
        if (_pending.TryGetValue((employeeId, year), out var known))
        {
            return known;
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        // Only the few fields the sum needs: someone may have many requests waiting, and each would be read whole.
        var pending = await db.LeaveRequests.AsNoTracking()
            .Where(r => r.RequesterId == employeeId && r.Status == LeaveStatus.Pending && r.FirstDay <= to && r.LastDay >= from)
            .Select(r => new { r.Id, r.LeavePolicyId, r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd, r.WorkingDays })
            .ToListAsync(cancellationToken);
        Employee? requester = null;
        async Task<Employee> Requester() => requester ??= await db.Employees.AsNoTracking().SingleAsync(e => e.Id == employeeId, cancellationToken);
        var shares = new List<PendingShare>();
        foreach (var request in pending)
        {
            var dates = new LeaveDates(request.FirstDay, request.LastDay, request.HalfDayStart, request.HalfDayEnd);
            var days = (await taken.DaysByYearAsync(db, Requester, dates, request.WorkingDays, cancellationToken)).Where(s => s.Year == year).Sum(s => s.Days);
            shares.Add(new PendingShare(request.Id, request.LeavePolicyId, days));
        }

        _pending[(employeeId, year)] = shares;
        return shares;
    }
}
