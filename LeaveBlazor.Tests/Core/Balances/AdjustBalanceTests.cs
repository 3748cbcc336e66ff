using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>An admin corrects a balance with a line that keeps who, when and why; a bad correction is refused whole, field by field.</summary>
public sealed class AdjustBalanceTests : FreshDatabaseTest
{
    [Fact]
    public async Task An_adjustment_moves_the_balance_and_keeps_who_when_and_why()
    {
        await Database.RunYearEndAsync();

        await Database.AdjustAsync(TestPeople.Alex, 2026, 1.5m, "  Worked the Saturday of the move ");

        var line = (await Database.LedgerAsync(TestPeople.Alex, 2026)).Last();
        Assert.Equal((BalanceEntryKind.Adjusted, 1.5m, "Worked the Saturday of the move", "dana", "Dana Manager", LeaveTestDatabase.StartTime, (string?)null),
            (line.Kind, line.Days, line.Note, line.ById, line.ByName, line.At, line.Key));
        Assert.Equal(26.5m, (await Database.BalanceAsync(TestPeople.Alex, 2026)).Balance);
    }

    [Fact]
    public async Task An_adjustment_is_audited()
    {
        await Database.AdjustAsync(TestPeople.Alex, 2026, -2);

        var audit = Assert.Single(await Database.AuditAsync(AuditAction.BalanceAdjusted));
        Assert.Equal(("Dana Manager", TestPeople.Alex.Email, "Annual 2026: -2 days, Worked the Saturday of the move"), (audit.ActorName, audit.Subject, audit.Details));
    }

    [Theory]
    [InlineData(0, "Because", BalanceAdjustmentFields.Days, "Enter the days to add, or a negative number to take days off, such as 2 or -1.5.")]
    [InlineData(0.3, "Because", BalanceAdjustmentFields.Days, "Enter whole or half days (such as 2 or 1.5); 0.3 is neither.")]
    [InlineData(400, "Because", BalanceAdjustmentFields.Days, "An adjustment can be at most 366 days either way.")]
    [InlineData(1, "  ", BalanceAdjustmentFields.Reason, "Say why, in 1 to 300 characters: the person sees it in their balance's history.")]
    [InlineData(1, "Bonus\u202Eday", BalanceAdjustmentFields.Reason, "The reason contains a text-direction mark (U+202E) at character 6: remove it.")]
    public async Task A_bad_adjustment_is_refused_on_its_field_and_writes_nothing(double days, string reason, string field, string message)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.AdjustAsync(TestPeople.Alex, 2026, (decimal)days, reason));

        Assert.Equal([message], refused.Errors[field]);
        Assert.Empty(await Database.AllLinesAsync());
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2028)]
    public async Task Only_last_this_and_next_years_balances_can_be_adjusted(int year)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.AdjustAsync(TestPeople.Alex, year, 1));

        Assert.Equal(["Choose 2025, 2026 or 2027: balances of other years are closed."], refused.Errors[BalanceAdjustmentFields.Year]);
    }

    [Fact]
    public async Task A_type_that_counts_against_nothing_has_no_balance_to_adjust()
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.AdjustAsync(TestPeople.Alex, 2026, 1, type: "Sick"));

        Assert.Equal(["Choose a leave type that counts against an allowance: only those have a balance."], refused.Errors[BalanceAdjustmentFields.LeaveType]);
    }

    [Fact]
    public async Task Someone_not_in_the_directory_is_refused_with_a_reason()
    {
        var policy = await Database.LeaveTypeAsync("Annual");

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.InScopeAsync<AdjustBalance, BalanceEntry>(adjust =>
            adjust.ExecuteAsync("nobody", new BalanceAdjustment(policy.Id, 2026, 1, "Because"), TestPeople.Dana.Actor)));

        Assert.Equal("That person is no longer in the directory: reload the page.", refused.Message);
    }
}
