using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>Approved leave is charged to the ledger in the transaction of the approval, year by year; nothing else is.</summary>
public sealed class LeaveTakenTests : FreshDatabaseTest
{
    [Fact]
    public async Task Approving_charges_the_working_days_to_the_requesters_balance_of_that_year()
    {
        await Database.RunYearEndAsync();
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request, comment: "Enjoy");

        var taken = (await Database.LedgerAsync(TestPeople.Alex, 2026)).Single(l => l.Kind == BalanceEntryKind.Taken);

        Assert.Equal((-5m, request.Id, "Dana Manager", $"{request.Reference}, 7–11 Dec 2026"), (taken.Days, taken.LeaveRequestId, taken.ByName, taken.Note));
        Assert.Equal(20m, (await Database.BalanceAsync(TestPeople.Alex, 2026)).Balance);
    }

    [Fact]
    public async Task Pending_leave_shows_as_planned_and_leaves_the_balance_as_it_is()
    {
        await Database.RunYearEndAsync();
        await Database.SubmitAsync(LeaveInput.NextWeek());

        var balance = await Database.BalanceAsync(TestPeople.Alex, 2026);

        Assert.Equal((25m, 5m, 20m, "25 days left · 5 days planned"), (balance.Balance, balance.Planned, balance.AfterPlanned, balance.Describe()));
    }

    [Fact]
    public async Task Rejected_and_cancelled_leave_charges_nothing()
    {
        var rejected = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RejectAsync(rejected);
        var cancelled = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 15)));
        await Database.CancelAsync(cancelled);

        Assert.Empty(await Database.AllLinesAsync());
    }

    [Fact]
    public async Task Leave_approved_at_once_is_charged_as_it_is_recorded()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek() with { LeaveType = "Sick" });

        var taken = Assert.Single(await Database.LedgerAsync(TestPeople.Alex, 2026, "Sick"));
        Assert.Equal((BalanceEntryKind.Taken, -5m, "LeaveBlazor"), (taken.Kind, taken.Days, taken.ByName));
    }

    [Fact]
    public async Task Leave_over_new_year_is_charged_to_each_year_for_its_own_days()
    {
        // 29 Dec 2026 to 5 Jan 2027: 29–31 Dec (3 days) and 4–5 Jan (2 days); 1 Jan is a bank holiday.
        var request = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 5)));
        await Database.ApproveAsync(request);

        var taken = (await Database.AllLinesAsync()).Where(l => l.LeaveRequestId == request.Id).Select(l => (l.Year, l.Days));

        Assert.Equal([(2026, -3m), (2027, -2m)], taken);
        Assert.Equal(5m, request.WorkingDays);
    }

    [Fact]
    public async Task Pending_leave_over_new_year_is_planned_in_each_year_for_its_own_days()
    {
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 5)));

        Assert.Equal((3m, 2m), ((await Database.BalanceAsync(TestPeople.Alex, 2026)).Planned, (await Database.BalanceAsync(TestPeople.Alex, 2027)).Planned));
    }

    [Fact]
    public async Task A_decision_lost_to_a_conflict_charges_nothing()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RejectAsync(request);

        await Assert.ThrowsAsync<LeaveConflictException>(() => Database.ApproveAsync(request));

        Assert.Empty(await Database.AllLinesAsync());
    }

    [Theory]
    [InlineData("UPDATE BalanceEntries SET Days = 99", "The balance ledger is append-only: its lines cannot be changed.")]
    [InlineData("DELETE FROM BalanceEntries", "The balance ledger is append-only: its lines cannot be removed.")]
    public async Task Database_refuses_to_change_or_remove_a_line(string sql, string message)
    {
        await Database.RunYearEndAsync();
        await using var connection = new SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;

        var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.Equal(25m, (await Database.BalanceAsync(TestPeople.Alex, 2026)).Balance);
    }
}
