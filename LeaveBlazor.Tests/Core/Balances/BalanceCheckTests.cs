using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>
/// A request is checked against the requester's balance before it is saved: pending requests count as planned, the
/// rest of the year's allowance counts before it is granted, and beyond the policy's limit it is refused with the numbers.
/// </summary>
public sealed class BalanceCheckTests : FreshDatabaseTest
{
    private static readonly LeaveDates NextWeek = new(LeaveInput.NextMonday, LeaveInput.NextMonday.AddDays(4));

    [Fact]
    public async Task The_preview_names_what_is_left_what_the_request_uses_and_what_is_left_after()
    {
        await Database.RunYearEndAsync();
        await Database.AdjustAsync(TestPeople.Alex, 2026, -6.5m);

        var check = Assert.Single(await PreviewAsync("Annual", NextWeek));

        Assert.Equal("Annual 2026: 18.5 days left · this request uses 5 days · 13.5 days after", check.Describe());
        Assert.Null(check.Problem());
    }

    [Fact]
    public async Task Pending_requests_are_taken_off_what_is_left()
    {
        await Database.RunYearEndAsync();
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 16)));

        var check = Assert.Single(await PreviewAsync("Annual", NextWeek));

        Assert.Equal("Annual 2026: 22 days left (after 3 days planned) · this request uses 5 days · 17 days after", check.Describe());
    }

    [Fact]
    public async Task Next_years_allowance_counts_before_it_is_granted()
    {
        var check = Assert.Single(await PreviewAsync("Annual", new LeaveDates(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 2))));

        Assert.Equal((2027, 25m, 2m), (check.Year, check.Left, check.Uses));
    }

    [Fact]
    public async Task Someone_starting_during_the_year_has_only_their_share_to_plan_with()
    {
        await Database.SetTermsAsync(TestPeople.Alex, WorkingTerms.Default("GB") with { EmploymentStart = new DateOnly(2027, 7, 1) });

        var check = Assert.Single(await PreviewAsync("Annual", new LeaveDates(new DateOnly(2027, 8, 2), new DateOnly(2027, 8, 3))));

        Assert.Equal(12.5m, check.Left);
    }

    [Fact]
    public async Task Leave_over_new_year_is_checked_against_each_years_balance()
    {
        await Database.RunYearEndAsync();

        var checks = await PreviewAsync("Annual", new LeaveDates(new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 5)));

        Assert.Equal([(2026, 25m, 3m), (2027, 25m, 2m)], checks.Select(c => (c.Year, c.Left, c.Uses)));
    }

    [Fact]
    public async Task A_pending_request_over_new_year_is_planned_in_each_year_by_its_share()
    {
        await Database.RunYearEndAsync();
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 5)));

        var thisYear = Assert.Single(await PreviewAsync("Annual", NextWeek));
        var nextYear = Assert.Single(await PreviewAsync("Annual", new LeaveDates(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 2))));

        Assert.Equal((3m, 22m), (thisYear.Planned, thisYear.Left));
        Assert.Equal((2m, 23m), (nextYear.Planned, nextYear.Left));
    }

    [Fact]
    public async Task A_type_that_counts_against_nothing_has_no_check() =>
        Assert.Empty(await PreviewAsync("Sick", NextWeek));

    [Fact]
    public async Task A_request_beyond_the_balance_is_refused_with_the_numbers_and_nothing_is_saved()
    {
        await Database.RunYearEndAsync();
        await Database.AdjustAsync(TestPeople.Alex, 2026, -22);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Equal(["This request uses 5 days of Annual leave in 2026, but you have 3 days left: choose fewer days, or ask an admin about your balance."],
            refused.Errors[LeaveFields.Dates]);
        Assert.Empty(await Database.InScopeAsync<LeaveRequestQueries, List<LeaveRequest>>(q => q.MineAsync(TestPeople.Alex.Id)));
    }

    [Fact]
    public async Task Below_zero_within_the_policys_limit_is_allowed_with_a_warning()
    {
        await Database.ChangeLeaveTypeAsync("Annual", t => t with { MaxBelowZeroDays = 3 });
        await Database.RunYearEndAsync();
        await Database.AdjustAsync(TestPeople.Alex, 2026, -22);

        var check = Assert.Single(await PreviewAsync("Annual", NextWeek));
        await Database.SubmitAsync(LeaveInput.NextWeek() with { LastDay = LeaveInput.NextMonday.AddDays(3) });

        Assert.Equal("This takes your Annual balance for 2026 2 days below zero (allowed up to 3 days).", check.Problem());
        Assert.False(check.IsRefused);
        var further = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 16))));
        Assert.Equal(["This request uses 3 days of Annual leave in 2026, but you have -1 days left once your pending requests (4 days) are counted and may go at most 3 days below zero: choose fewer days, or ask an admin about your balance."],
            further.Errors[LeaveFields.Dates]);
    }

    [Fact]
    public async Task An_approver_sees_the_balance_if_approved_without_the_request_counted_twice()
    {
        await Database.RunYearEndAsync();
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 16)));
        var deciding = await Database.SubmitAsync(LeaveInput.NextWeek());

        var lines = await Database.InScopeAsync<LeaveBalances, IReadOnlyDictionary<Guid, string>>(
            balances => balances.DescribeIfApprovedAsync([deciding], CancellationToken.None));

        Assert.Equal("Annual 2026: 22 days left (after 3 days planned) · this request uses 5 days · 17 days after", lines[deciding.Id]);
    }

    [Fact]
    public async Task Pending_requests_of_one_length_halves_and_over_new_year_all_count_and_each_checked_one_leaves_out_only_itself()
    {
        await Database.RunYearEndAsync();
        var first = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14)));
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 15)));
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 17)));
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 16)) with { HalfDayStart = true });
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 5)));
        var deciding = await Database.SubmitAsync(LeaveInput.NextWeek());

        var lines = await Database.InScopeAsync<LeaveBalances, IReadOnlyDictionary<Guid, string>>(
            balances => balances.DescribeIfApprovedAsync([deciding, first], CancellationToken.None));

        Assert.Equal(
            ("Annual 2026: 18.5 days left (after 6.5 days planned) · this request uses 5 days · 13.5 days after",
                "Annual 2026: 14.5 days left (after 10.5 days planned) · this request uses 1 day · 13.5 days after"),
            (lines[deciding.Id], lines[first.Id]));
    }

    [Fact]
    public async Task Requests_of_several_people_read_together_each_count_only_their_own_persons_lines_and_plans()
    {
        await Database.RunYearEndAsync();
        await Database.AdjustAsync(TestPeople.Alex, 2026, -6.5m);
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 16)), TestPeople.Sam);
        var alexs = await Database.SubmitAsync(LeaveInput.NextWeek());
        var sams = await Database.SubmitAsync(LeaveInput.NextWeek(), TestPeople.Sam);

        var lines = await Database.InScopeAsync<LeaveBalances, IReadOnlyDictionary<Guid, string>>(
            balances => balances.DescribeIfApprovedAsync([alexs, sams], CancellationToken.None));

        Assert.Equal(
            ("Annual 2026: 18.5 days left · this request uses 5 days · 13.5 days after",
                "Annual 2026: 22 days left (after 3 days planned) · this request uses 5 days · 17 days after"),
            (lines[alexs.Id], lines[sams.Id]));
    }

    [Fact]
    public async Task An_approver_is_told_when_a_type_counts_against_nothing()
    {
        var unpaid = await Database.SubmitAsync(LeaveInput.NextWeek() with { LeaveType = "Unpaid" });

        var lines = await Database.InScopeAsync<LeaveBalances, IReadOnlyDictionary<Guid, string>>(
            balances => balances.DescribeIfApprovedAsync([unpaid], CancellationToken.None));

        Assert.Equal("not counted against an allowance", lines[unpaid.Id]);
    }

    private Task<List<BalanceCheck>> PreviewAsync(string type, LeaveDates dates) =>
        Database.InScopeAsync<LeaveBalances, List<BalanceCheck>>(balances => balances.PreviewAsync(TestPeople.Alex.Id, type, dates));
}
