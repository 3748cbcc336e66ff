using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>
/// A person's own yearly allowance takes the place of the type's wherever an allowance counts: the year end's grant
/// (pro rata, or month by month) and the check of a request. Annual here: 25 days; Alex has 28 of his own.
/// </summary>
public sealed class OwnAllowanceTests : FreshDatabaseTest
{
    private static readonly DateTimeOffset NewYear2027 = new(2027, 1, 1, 0, 5, 0, TimeSpan.Zero);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.SetOwnAllowancesAsync(TestPeople.Alex, ("Annual", 28));
    }

    [Fact]
    public async Task New_year_grants_the_persons_own_allowance()
    {
        await Database.RunYearEndOnAsync(NewYear2027);

        Assert.Equal([(BalanceEntryKind.Granted, 28m, "28 days for 2027")], (await Database.LedgerAsync(TestPeople.Alex, 2027)).Select(l => (l.Kind, l.Days, l.Note)));
    }

    [Fact]
    public async Task Everyone_else_keeps_the_types_allowance()
    {
        await Database.RunYearEndOnAsync(NewYear2027);

        Assert.Equal(25m, (await Database.BalanceAsync(TestPeople.Sam, 2027)).Balance);
    }

    [Fact]
    public async Task Someone_who_starts_during_the_year_gets_their_share_of_their_own_allowance()
    {
        await Database.SetTermsAsync(TestPeople.Alex, WorkingTerms.Default("GB") with { EmploymentStart = new DateOnly(2027, 7, 1) });

        await Database.RunYearEndOnAsync(NewYear2027);

        Assert.Equal(
            [(BalanceEntryKind.Granted, 28m, "28 days for 2027"), (BalanceEntryKind.ProRata, -14m, "14 days of 28 days for 2027 (employed from 2027-07-01)")],
            (await Database.LedgerAsync(TestPeople.Alex, 2027)).Select(l => (l.Kind, l.Days, l.Note)));
    }

    [Fact]
    public async Task Monthly_accrual_earns_the_persons_own_allowance_month_by_month()
    {
        await Database.ChangeLeaveTypeAsync("Annual", t => t with { Accrual = LeaveAccrual.MonthlyProRata, YearlyAllowanceDays = 24 });
        await Database.SetOwnAllowancesAsync(TestPeople.Alex, ("Annual", 36));

        await Database.RunYearEndOnAsync(new DateTimeOffset(2027, 2, 1, 0, 5, 0, TimeSpan.Zero));

        Assert.Equal((6m, 4m), ((await Database.BalanceAsync(TestPeople.Alex, 2027)).Balance, (await Database.BalanceAsync(TestPeople.Sam, 2027)).Balance));
    }

    [Fact]
    public async Task An_own_allowance_given_during_the_year_is_granted_as_the_difference_by_the_next_run()
    {
        await Database.RunYearEndOnAsync(NewYear2027);
        await Database.SetOwnAllowancesAsync(TestPeople.Sam, ("Annual", 30));

        await Database.RunYearEndOnAsync(NewYear2027.AddDays(40));

        Assert.Equal(
            [(BalanceEntryKind.Granted, 25m, "granted"), (BalanceEntryKind.ProRata, 5m, "pro-rata-1")],
            (await Database.LedgerAsync(TestPeople.Sam, 2027)).Select(l => (l.Kind, l.Days, l.Key!)));
    }

    [Fact]
    public async Task Going_back_to_the_types_allowance_takes_the_difference_back()
    {
        await Database.RunYearEndOnAsync(NewYear2027);
        await Database.SetOwnAllowancesAsync(TestPeople.Alex);

        await Database.RunYearEndOnAsync(NewYear2027.AddDays(1));

        Assert.Equal(25m, (await Database.BalanceAsync(TestPeople.Alex, 2027)).Balance);
    }

    [Fact]
    public async Task Running_again_after_an_own_allowance_changes_nothing()
    {
        await Database.RunYearEndOnAsync(NewYear2027);

        Assert.Equal(YearEndRun.Nothing, await Database.RunYearEndAsync());
    }

    [Fact]
    public async Task The_balance_check_plans_with_the_persons_own_allowance()
    {
        var check = Assert.Single(await PreviewAsync(new LeaveDates(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 2))));

        Assert.Equal((2027, 28m), (check.Year, check.Left));
    }

    [Fact]
    public async Task The_balance_check_counts_a_part_year_share_of_the_persons_own_allowance()
    {
        await Database.SetTermsAsync(TestPeople.Alex, WorkingTerms.Default("GB") with { EmploymentStart = new DateOnly(2027, 7, 1) });

        var check = Assert.Single(await PreviewAsync(new LeaveDates(new DateOnly(2027, 8, 2), new DateOnly(2027, 8, 3))));

        Assert.Equal(14m, check.Left);
    }

    [Fact]
    public async Task A_request_beyond_an_own_allowance_of_nothing_is_refused_with_the_numbers()
    {
        await Database.SetOwnAllowancesAsync(TestPeople.Alex, ("Annual", 0));

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 2))));

        Assert.Equal(["This request uses 2 days of Annual leave in 2027, but you have 0 days left: choose fewer days, or ask an admin about your balance."],
            refused.Errors[LeaveFields.Dates]);
    }

    private Task<List<BalanceCheck>> PreviewAsync(LeaveDates dates) =>
        Database.InScopeAsync<LeaveBalances, List<BalanceCheck>>(balances => balances.PreviewAsync(TestPeople.Alex.Id, "Annual", dates));
}
