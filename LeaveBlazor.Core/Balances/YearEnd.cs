using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Balances;

/// <summary>What one run of the year end wrote: grant lines, people whose days were carried over, and expiries.</summary>
public sealed record YearEndRun(int Granted, int CarriedOver, int Expired)
{
    public static readonly YearEndRun Nothing = new(0, 0, 0);

    public static YearEndRun operator +(YearEndRun a, YearEndRun b) =>
        new(a.Granted + b.Granted, a.CarriedOver + b.CarriedOver, a.Expired + b.Expired);
}

/// <summary>
/// Brings every active person's balances of the counted, active types up to today (<see cref="YearEndSteps"/>): on
/// 1 January the new allowances (each person's own where they have one: <see cref="YearlyAllowances"/>) and the
/// carry-over, each month the accruals, after the expiry date the expiries. A change of allowance (the type's or the
/// person's) during the year is written by the next run as the difference it makes to the year. It writes only what
/// is due and not yet in the ledger, so it runs every day, twice changes nothing, and after days down (even over New
/// Year) its first run catches up. A few hundred people go in each transaction; the ledger's unique keys
/// keep two runs at once from writing a line twice (the slower one fails, and the next run finds nothing left to do).
/// </summary>
public sealed class YearEnd(IDbContextFactory<LeaveDbContext> contexts, LeaveClock clock)
{
    private const int PeoplePerTransaction = 200;

    public async Task<YearEndRun> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        List<string> people;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            people = await db.Employees.AsNoTracking().Where(e => e.IsActive).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        }

        var run = YearEndRun.Nothing;
        foreach (var group in people.Chunk(PeoplePerTransaction))
        {
            run += await contexts.InOneTransactionAsync(db => SettleAsync(db, group, today, cancellationToken), cancellationToken);
        }

        return run;
    }

    private async Task<YearEndRun> SettleAsync(LeaveDbContext db, string[] ids, DateOnly today, CancellationToken cancellationToken)
    {
        var people = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id) && e.IsActive).ToListAsync(cancellationToken);
        var policies = await db.LeavePolicies.AsNoTracking().Where(p => p.IsActive && p.CountsAgainstAllowance).ToListAsync(cancellationToken);
        var lines = (await db.BalanceEntries.AsNoTracking()
                .Where(l => ids.Contains(l.EmployeeId) && (l.Year == today.Year || l.Year == today.Year - 1))
                .ToListAsync(cancellationToken))
            .ToLookup(l => (l.EmployeeId, l.LeavePolicyId, l.Year));
        var firstDays = await FirstDaysAsync(db, lines, today, policies, cancellationToken);
        var allowances = await YearlyAllowances.ForAsync(db, ids, cancellationToken);

        var run = YearEndRun.Nothing;
        foreach (var person in people)
        {
            foreach (var policy in policies)
            {
                run += Settle(db, person, policy, allowances.Of(person, policy), today,
                    lines[(person.Id, policy.Id, today.Year - 1)].ToList(), lines[(person.Id, policy.Id, today.Year)].ToList(), firstDays);
            }
        }

        return run;
    }

    private YearEndRun Settle(LeaveDbContext db, Employee person, LeavePolicy policy, decimal allowance, DateOnly today,
        List<BalanceEntry> lastYear, List<BalanceEntry> thisYear, IReadOnlyDictionary<Guid, DateOnly> firstDays)
    {
        var steps = new YearEndSteps(person, policy, allowance, today, clock.UtcNow);
        var granted = steps.Grant(thisYear).ToList();
        thisYear.AddRange(granted);
        var carried = steps.CarryOver(lastYear, thisYear).ToList();
        thisYear.AddRange(carried.Where(l => l.Year == today.Year));
        var expired = steps.Expire(thisYear, id => firstDays[id]).ToList();
        db.BalanceEntries.AddRange([.. granted, .. carried, .. expired]);
        return new YearEndRun(granted.Count, carried.Count > 0 ? 1 : 0, expired.Count);
    }

    /// <summary>The first days of the leave this year's lines are for, read only for the types whose carried days expire.</summary>
    private static async Task<Dictionary<Guid, DateOnly>> FirstDaysAsync(LeaveDbContext db, ILookup<(string, int, int), BalanceEntry> lines, DateOnly today,
        List<LeavePolicy> policies, CancellationToken cancellationToken)
    {
        var expiring = policies.Where(p => p.CarryOverExpiryMonth is not null).Select(p => p.Id).ToHashSet();
        var requestIds = lines.SelectMany(g => g)
            .Where(l => l.Year == today.Year && expiring.Contains(l.LeavePolicyId) && l.LeaveRequestId is not null)
            .Select(l => l.LeaveRequestId!.Value)
            .Distinct()
            .ToList();
        if (requestIds.Count == 0)
        {
            return [];
        }

        return await db.LeaveRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.FirstDay, cancellationToken);
    }
}
