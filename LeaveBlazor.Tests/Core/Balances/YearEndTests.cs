using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>
/// The year end grants allowances (pro rata for part of a year, or month by month), carries over what is left at New
/// Year up to the policy's most, and expires carried days not used by their date; it writes only what is due, once.
/// Annual here: 25 days, up to 5 carried over until 31 March.
/// </summary>
public sealed class YearEndTests : FreshDatabaseTest
{
    private static readonly DateTimeOffset NewYear2027 = new(2027, 1, 1, 0, 5, 0, TimeSpan.Zero);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.ChangeLeaveTypeAsync("Annual", t => t with { CarryOverMaxDays = 5, CarryOverExpiryDay = 31, CarryOverExpiryMonth = 3 });
    }

    [Fact]
    public async Task The_first_run_grants_this_years_allowance_to_every_active_person_for_each_counted_type()
    {
        var run = await Database.RunYearEndAsync();

        var lines = await Database.AllLinesAsync();
        Assert.Equal(["alex", "dana", "sam"], lines.Select(l => l.EmployeeId).Order());
        NonEmpty.All(lines, l => Assert.Equal((BalanceEntryKind.Granted, 25m, 2026, "granted", "25 days for 2026", "LeaveBlazor"), (l.Kind, l.Days, l.Year, l.Key, l.Note, l.ByName)));
        Assert.Equal(new YearEndRun(3, 0, 0), run);
    }

    [Fact]
    public async Task Running_again_changes_nothing()
    {
        await Database.RunYearEndAsync();
        var lines = (await Database.AllLinesAsync()).Count;

        Assert.Equal(YearEndRun.Nothing, await Database.RunYearEndAsync());
        Assert.Equal(lines, (await Database.AllLinesAsync()).Count);
    }

    [Fact]
    public async Task Someone_who_starts_during_the_year_gets_their_share()
    {
        await Database.SetTermsAsync(TestPeople.Alex, WorkingTerms.Default("GB") with { EmploymentStart = new DateOnly(2027, 7, 1) });

        await Database.RunYearEndOnAsync(NewYear2027);

        Assert.Equal(
            [(BalanceEntryKind.Granted, 25m, "25 days for 2027"), (BalanceEntryKind.ProRata, -12.5m, "12.5 days of 25 days for 2027 (employed from 2027-07-01)")],
            (await Database.LedgerAsync(TestPeople.Alex, 2027)).Select(l => (l.Kind, l.Days, l.Note)));
    }

    [Fact]
    public async Task Someone_who_has_not_started_this_year_gets_nothing_yet()
    {
        await Database.SetTermsAsync(TestPeople.Alex, WorkingTerms.Default("GB") with { EmploymentStart = new DateOnly(2027, 2, 1) });

        await Database.RunYearEndAsync();

        Assert.Empty(await Database.LedgerAsync(TestPeople.Alex, 2026));
    }

    [Fact]
    public async Task An_end_of_employment_set_during_the_year_takes_back_the_share_not_earned()
    {
        await Database.RunYearEndOnAsync(NewYear2027);
        await Database.SetTermsAsync(TestPeople.Alex, WorkingTerms.Default("GB") with { EmploymentEnd = new DateOnly(2027, 3, 31) });

        await Database.RunYearEndAsync();

        Assert.Equal(6m, (await Database.BalanceAsync(TestPeople.Alex, 2027)).Balance);
        Assert.Equal((BalanceEntryKind.ProRata, "pro-rata-1"), (await Database.LedgerAsync(TestPeople.Alex, 2027)).Select(l => (l.Kind, l.Key)).Last());
    }

    [Fact]
    public async Task Monthly_accrual_grants_each_month_as_it_begins()
    {
        await Database.ChangeLeaveTypeAsync("Annual", t => t with { Accrual = LeaveAccrual.MonthlyProRata, YearlyAllowanceDays = 24, CarryOverMaxDays = 0 });

        await Database.RunYearEndOnAsync(NewYear2027);
        await Database.RunYearEndOnAsync(NewYear2027.AddDays(15));
        await Database.RunYearEndOnAsync(new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            [(BalanceEntryKind.Accrued, 2m, "accrued-1"), (BalanceEntryKind.Accrued, 4m, "accrued-2")],
            (await Database.LedgerAsync(TestPeople.Alex, 2027)).Select(l => (l.Kind, l.Days, l.Key)));
    }

    [Fact]
    public async Task At_new_year_what_is_left_is_carried_over_up_to_the_most_and_leaves_the_old_year()
    {
        await Database.RunYearEndAsync();
        await Database.AdjustAsync(TestPeople.Sam, 2026, -22);

        var run = await Database.RunYearEndOnAsync(NewYear2027);

        Assert.Equal((5m, 20m), ((await Database.BalanceAsync(TestPeople.Alex, 2027)).Balance - 25, (await Database.BalanceAsync(TestPeople.Alex, 2026)).Balance));
        Assert.Equal((3m, 0m), ((await Database.BalanceAsync(TestPeople.Sam, 2027)).Balance - 25, (await Database.BalanceAsync(TestPeople.Sam, 2026)).Balance));
        Assert.Equal("5 days carried over from 2026, to use by 31 Mar 2027",
            (await Database.LedgerAsync(TestPeople.Alex, 2027)).Single(l => l.Kind == BalanceEntryKind.CarriedOver).Note);
        Assert.Equal(new YearEndRun(3, 3, 0), run);
    }

    [Fact]
    public async Task Nothing_is_carried_over_from_a_year_that_was_never_granted()
    {
        await Database.RunYearEndOnAsync(NewYear2027);

        Assert.DoesNotContain(await Database.AllLinesAsync(), l => l.Kind == BalanceEntryKind.CarriedOver);
    }

    [Fact]
    public async Task After_days_down_over_new_year_one_run_grants_and_carries_over()
    {
        await Database.RunYearEndAsync();

        await Database.RunYearEndOnAsync(new DateTimeOffset(2027, 1, 6, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(30m, (await Database.BalanceAsync(TestPeople.Alex, 2027)).Balance);
        Assert.Equal(YearEndRun.Nothing, await Database.RunYearEndAsync());
    }

    [Fact]
    public async Task Carried_days_not_used_by_the_expiry_date_expire_the_day_after()
    {
        await Database.RunYearEndAsync();
        await Database.RunYearEndOnAsync(NewYear2027);
        var early = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 2)));
        await Database.ApproveAsync(early);
        var later = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2027, 5, 10), new DateOnly(2027, 5, 14)));
        await Database.ApproveAsync(later);

        Assert.Equal(YearEndRun.Nothing, await Database.RunYearEndOnAsync(new DateTimeOffset(2027, 3, 31, 23, 0, 0, TimeSpan.Zero)));
        var run = await Database.RunYearEndOnAsync(new DateTimeOffset(2027, 4, 1, 0, 5, 0, TimeSpan.Zero));

        var expired = (await Database.LedgerAsync(TestPeople.Alex, 2027)).Single(l => l.Kind == BalanceEntryKind.CarryOverExpired);
        Assert.Equal((-3m, "3 days of the 5 days carried over from 2026 not used by 31 Mar 2027"), (expired.Days, expired.Note));
        Assert.Equal(30m - 2 - 5 - 3, (await Database.BalanceAsync(TestPeople.Alex, 2027)).Balance);
        Assert.Equal(3, run.Expired);
    }

    [Fact]
    public async Task Types_that_count_against_nothing_and_retired_types_get_no_grant()
    {
        await Database.SetLeaveTypeActiveAsync("Annual", active: false);

        await Database.RunYearEndAsync();

        Assert.Empty(await Database.AllLinesAsync());
    }

    [Fact]
    public async Task People_who_left_get_no_grant()
    {
        await Database.RunYearEndAsync();

        Assert.DoesNotContain(await Database.AllLinesAsync(), l => l.EmployeeId == TestPeople.Ivy.Id);
    }

    [Fact]
    public async Task A_change_of_allowance_during_the_year_is_granted_as_the_difference()
    {
        await Database.RunYearEndAsync();
        await Database.ChangeLeaveTypeAsync("Annual", t => t with { YearlyAllowanceDays = 28 });

        await Database.RunYearEndAsync();

        Assert.Equal(28m, (await Database.BalanceAsync(TestPeople.Alex, 2026)).Balance);
    }
}
