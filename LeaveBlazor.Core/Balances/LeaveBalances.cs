using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Balances;

/// <summary>Balances and ledgers as the pages and the API read them, each on a context of its own.</summary>
public sealed class LeaveBalances(IDbContextFactory<LeaveDbContext> contexts, LeaveTaken taken, WorkingCalendars calendars, LeaveClock clock) : IRequesterBalances
{
    private static readonly BalanceEntryKind[] GrantKinds = [BalanceEntryKind.Granted, BalanceEntryKind.ProRata, BalanceEntryKind.Accrued];

    /// <summary>
    /// What a request of <paramref name="type"/> over <paramref name="dates"/> would do to the requester's balance, as
    /// the form shows it while they choose: one check per year, none for a type that counts against nothing (or unknown).
    /// </summary>
    public async Task<List<BalanceCheck>> PreviewAsync(string requesterId, string? type, LeaveDates dates, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requester = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == requesterId, cancellationToken);
        var policy = (await db.LeavePolicies.AsNoTracking().Where(p => p.IsActive).ToListAsync(cancellationToken)).Named(type);
        if (requester is null || policy is null)
        {
            return [];
        }

        var calendar = await calendars.OfAsync(db, requester, dates, cancellationToken);
        return await CheckAsync(db, requester, policy, dates, calendar.Count(dates), calendar, cancellationToken);
    }

    /// <summary>
    /// One check per year the dates touch, for a type that counts against an allowance: the ledger's balance, plus the
    /// rest of that year's allowance not granted yet (the requester's own, <see cref="YearlyAllowances"/>; so leave can be
    /// planned before New Year or a month's accrual), minus the days of pending requests.
    /// </summary>
    /// <param name="excluding">A pending request whose own days are not to count as planned: the one an approver is deciding.</param>
    public Task<List<BalanceCheck>> CheckAsync(LeaveDbContext db, Employee requester, LeavePolicy policy, LeaveDates dates, decimal workingDays,
        WorkingDayCalendar? calendar, CancellationToken cancellationToken, Guid? excluding = null) =>
        CheckAsync(new BalanceReads(db, taken, [requester.Id], excluding is { } checking ? [checking] : null), requester, policy, dates, workingDays, calendar, cancellationToken, excluding);

    private async Task<List<BalanceCheck>> CheckAsync(BalanceReads reads, Employee requester, LeavePolicy policy, LeaveDates dates, decimal workingDays,
        WorkingDayCalendar? calendar, CancellationToken cancellationToken, Guid? excluding)
    {
        if (!policy.CountsAgainstAllowance)
        {
            return [];
        }

        var allowance = (await reads.AllowancesAsync(cancellationToken)).Of(requester, policy);
        var checks = new List<BalanceCheck>();
        foreach (var (year, uses) in YearShares.Of(dates, workingDays, calendar))
        {
            var ofYear = await reads.LinesAsync(requester.Id, policy.Id, year, cancellationToken);
            var granted = ofYear.Where(l => GrantKinds.Contains(l.Kind)).Sum(l => l.Days);
            var yearsAllowance = year >= clock.Today.Year
                ? Entitlement.Through(allowance, year, new DateOnly(year, 12, 31), requester.EmploymentStart, requester.EmploymentEnd)
                : 0;
            var planned = (await reads.PlannedAsync(requester.Id, year, cancellationToken, excluding)).GetValueOrDefault(policy.Id);
            var left = ofYear.Sum(l => l.Days) + Math.Max(0, yearsAllowance - granted) - planned;
            checks.Add(new BalanceCheck(policy.Name, year, left, planned, uses, policy.MaxBelowZeroDays));
        }

        return checks;
    }

    /// <summary>
    /// The person's balance of every active type that counts against an allowance in <paramref name="year"/> (and of any
    /// other type with lines that year), in the types' order.
    /// </summary>
    public async Task<List<LeaveBalance>> OfAsync(string employeeId, int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = await db.BalanceEntries.AsNoTracking().Where(l => l.EmployeeId == employeeId && l.Year == year)
            .Select(l => new { l.LeavePolicyId, l.Kind, l.Days }).ToListAsync(cancellationToken);
        var withLines = lines.Select(l => l.LeavePolicyId).ToHashSet();
        var policies = await db.LeavePolicies.AsNoTracking().Where(p => p.IsActive && p.CountsAgainstAllowance || withLines.Contains(p.Id))
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var planned = await new BalanceReads(db, taken, [employeeId]).PlannedAsync(employeeId, year, cancellationToken);
        return policies.Where(p => p.CountsAgainstAllowance || lines.Any(l => l.LeavePolicyId == p.Id && l.Days != 0))
            .Select(p => new LeaveBalance(p.Id, p.Name, p.Colour, year,
                BalanceFigures.Of(lines.Where(l => l.LeavePolicyId == p.Id).Select(l => (l.Kind, l.Days))), planned.GetValueOrDefault(p.Id), p.MaxBelowZeroDays))
            .ToList();
    }

    /// <summary>
    /// The balances of the person with <paramref name="email"/> in <paramref name="year"/>, for a viewer who may see them:
    /// admins, the person, their manager, and whoever is to decide one of their pending requests (who sees the balance
    /// where they decide anyway). Anyone else is refused alike whether the address is known or not, so the answer tells
    /// nobody who works here; only admins learn that an address is unknown.
    /// </summary>
    public async Task<PersonBalances> OfPersonAsync(string email, Viewer viewer, int year, CancellationToken cancellationToken = default)
    {
        Employee? person;
        bool approves;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var address = email.Trim().ToUpperInvariant();
            person = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Email.ToUpper() == address, cancellationToken);
            approves = person is not null && (person.ManagerId == viewer.EmployeeId || await db.LeaveRequests.AnyAsync(
                r => r.RequesterId == person.Id && r.ApproverId == viewer.EmployeeId && r.Status == LeaveStatus.Pending, cancellationToken));
        }

        if (!viewer.IsAdmin && !approves && person?.Id != viewer.EmployeeId)
        {
            throw new LeaveRuleException(
                $"You see the balances of the people whose leave you approve; {PeopleCsv.Shortened(email)} is not one of them. Admins see everyone's.");
        }

        return person is null
            ? throw new PersonNotFoundException(email)
            : new PersonBalances(person, await OfAsync(person.Id, year, cancellationToken));
    }

    /// <summary>
    /// For each pending request, what approving it does to its requester's balance (one check per year; none for a type
    /// that counts against nothing): what approvers see wherever they decide.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, List<BalanceCheck>>> IfApprovedAsync(IReadOnlyCollection<LeaveRequest> requests, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var policyIds = requests.Select(r => r.LeavePolicyId).Distinct().ToList();
        var policies = await db.LeavePolicies.AsNoTracking().Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var requesterIds = requests.Select(r => r.RequesterId).Distinct().ToList();
        var requesters = await db.Employees.AsNoTracking().Where(e => requesterIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var reads = new BalanceReads(db, taken, requesterIds, requests.Select(r => r.Id).ToList());
        await reads.ReadAheadAsync(requests.SelectMany(r => Enumerable.Range(r.FirstDay.Year, r.LastDay.Year - r.FirstDay.Year + 1)).Distinct().ToList(), cancellationToken);
        var checks = new Dictionary<Guid, List<BalanceCheck>>();
        foreach (var request in requests)
        {
            var policy = policies[request.LeavePolicyId];
            var requester = requesters[request.RequesterId];
            var calendar = policy.CountsAgainstAllowance && request.FirstDay.Year != request.LastDay.Year
                ? await calendars.OfAsync(db, requester, request.Dates, cancellationToken)
                : null;
            checks[request.Id] = await CheckAsync(reads, requester, policy, request.Dates, request.WorkingDays, calendar, cancellationToken, excluding: request.Id);
        }

        return checks;
    }

    public async Task<IReadOnlyDictionary<Guid, string>> DescribeIfApprovedAsync(IReadOnlyCollection<LeaveRequest> pending, CancellationToken cancellationToken) =>
        (await IfApprovedAsync(pending, cancellationToken)).ToDictionary(
            c => c.Key, c => BalanceFormat.IfApproved(c.Value));

    /// <summary>Every line of one type and year, oldest first, for the person's own page and the admin's view.</summary>
    public async Task<List<BalanceEntry>> LedgerAsync(string employeeId, int policyId, int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.BalanceEntries.AsNoTracking()
            .Where(l => l.EmployeeId == employeeId && l.LeavePolicyId == policyId && l.Year == year)
            .OrderBy(l => l.Id).ToListAsync(cancellationToken);
    }
}

/// <summary>A person and their balances, as an approver or admin reads them.</summary>
public sealed record PersonBalances(Employee Person, List<LeaveBalance> Balances);
