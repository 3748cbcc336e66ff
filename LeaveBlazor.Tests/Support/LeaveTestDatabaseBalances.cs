using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Support;

/// <summary>Balances in a <see cref="LeaveTestDatabase"/>: the year-end run, balances, ledgers and adjustments, each in a fresh scope.</summary>
public static class LeaveTestDatabaseBalances
{
    public static Task<YearEndRun> RunYearEndAsync(this LeaveTestDatabase database) =>
        database.InScopeAsync<YearEnd, YearEndRun>(yearEnd => yearEnd.ExecuteAsync());

    /// <summary>The clock moved to <paramref name="moment"/> (UTC) and the year end run there, as the hourly job would.</summary>
    public static Task<YearEndRun> RunYearEndOnAsync(this LeaveTestDatabase database, DateTimeOffset moment)
    {
        database.Time.SetUtcNow(moment);
        return database.RunYearEndAsync();
    }

    public static async Task<LeaveBalance> BalanceAsync(this LeaveTestDatabase database, TestPerson person, int year, string type = "Annual") =>
        (await database.InScopeAsync<LeaveBalances, List<LeaveBalance>>(balances => balances.OfAsync(person.Id, year))).Single(b => b.Type == type);

    public static async Task<List<BalanceEntry>> LedgerAsync(this LeaveTestDatabase database, TestPerson person, int year, string type = "Annual")
    {
        var policy = await database.LeaveTypeAsync(type);
        return await database.InScopeAsync<LeaveBalances, List<BalanceEntry>>(balances => balances.LedgerAsync(person.Id, policy.Id, year));
    }

    /// <summary>Every line of the ledger, of everyone, in the order written.</summary>
    public static Task<List<BalanceEntry>> AllLinesAsync(this LeaveTestDatabase database) =>
        database.InScopeAsync<LeaveDbContext, List<BalanceEntry>>(db => db.BalanceEntries.AsNoTracking().OrderBy(l => l.Id).ToListAsync());

    public static async Task<BalanceEntry> AdjustAsync(this LeaveTestDatabase database, TestPerson person, int year, decimal days, string? reason = "Worked the Saturday of the move", string type = "Annual", TestPerson? admin = null)
    {
        var policy = await database.LeaveTypeAsync(type);
        return await database.InScopeAsync<AdjustBalance, BalanceEntry>(adjust =>
            adjust.ExecuteAsync(person.Id, new BalanceAdjustment(policy.Id, year, days, reason), (admin ?? TestPeople.Dana).Actor));
    }
}
