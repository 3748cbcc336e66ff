using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>A database whose policy knows Christmas Day 2026 as a public holiday.</summary>
public sealed class ChristmasPolicyDatabase() : LeaveTestDatabase(policy => policy.PublicHolidays.Add(ChristmasDay))
{
    public static readonly DateOnly ChristmasDay = new(2026, 12, 25);
}

/// <summary>
/// Refused submissions write nothing, so these tests share one database. Each asserts the field and the exact
/// message the form and the API show.
/// </summary>
public sealed class SubmitValidationTests(ChristmasPolicyDatabase database) : IClassFixture<ChristmasPolicyDatabase>
{
    private static readonly DateOnly Monday = LeaveInput.NextMonday;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Missing_leave_type_is_refused(string? leaveType)
    {
        var errors = await RefusedAsync(LeaveInput.NextWeek() with { LeaveType = leaveType });

        Assert.Equal(["Choose a leave type."], errors[LeaveFields.LeaveType]);
    }

    [Fact]
    public async Task Unknown_leave_type_is_refused_with_the_known_ones()
    {
        var errors = await RefusedAsync(LeaveInput.NextWeek() with { LeaveType = "Sabbatical" });

        Assert.Equal(["'Sabbatical' is not a leave type here. Choose one of: Annual, Sick, Unpaid, Other."], errors[LeaveFields.LeaveType]);
    }

    [Fact]
    public async Task Missing_first_day_is_refused()
    {
        var errors = await RefusedAsync(LeaveInput.NextWeek() with { FirstDay = null });

        Assert.Equal(["Enter the first day of leave."], errors[LeaveFields.FirstDay]);
    }

    [Fact]
    public async Task Missing_last_day_is_refused()
    {
        var errors = await RefusedAsync(LeaveInput.NextWeek() with { LastDay = null });

        Assert.Equal(["Enter the last day of leave."], errors[LeaveFields.LastDay]);
    }

    [Fact]
    public async Task Last_day_before_first_day_is_refused()
    {
        var errors = await RefusedAsync(LeaveInput.Annual(Monday.AddDays(1), Monday));

        Assert.Equal(["The last day (7 Dec 2026) is before the first day (8 Dec 2026)."], errors[LeaveFields.LastDay]);
    }

    [Fact]
    public async Task First_day_in_the_past_is_refused()
    {
        var errors = await RefusedAsync(LeaveInput.Annual(new(2026, 11, 27), new(2026, 12, 1)));

        Assert.Equal(["The first day (27 Nov 2026) is in the past: leave can start today at the earliest."], errors[LeaveFields.FirstDay]);
    }

    [Fact]
    public async Task First_day_in_the_past_is_reported_before_the_last_day_is_entered()
    {
        var errors = await RefusedAsync(LeaveInput.NextWeek() with { FirstDay = new(2026, 11, 27), LastDay = null });

        Assert.Equal(["The first day (27 Nov 2026) is in the past: leave can start today at the earliest."], errors[LeaveFields.FirstDay]);
    }

    [Fact]
    public async Task Request_longer_than_the_maximum_span_is_refused()
    {
        var errors = await RefusedAsync(LeaveInput.Annual(new(2026, 12, 1), new(2027, 1, 30)));

        Assert.Equal(["A request can cover at most 60 days; this one covers 61. Split it into several requests."], errors[LeaveFields.LastDay]);
    }

    [Fact]
    public async Task Both_half_days_on_a_one_day_request_are_refused()
    {
        var errors = await RefusedAsync(LeaveInput.Annual(Monday) with { HalfDayStart = true, HalfDayEnd = true });

        Assert.Equal(["A one-day request can be a morning or an afternoon, not both: untick one half day."], errors[LeaveFields.HalfDay]);
    }

    [Fact]
    public async Task Weekend_only_request_is_refused()
    {
        var errors = await RefusedAsync(LeaveInput.Annual(new(2026, 12, 5), new(2026, 12, 6)));

        Assert.Equal(["5–6 Dec 2026 has no working days (weekends, public holidays and company closures are not counted): choose working days."], errors[LeaveFields.Dates]);
    }

    [Fact]
    public async Task Public_holiday_only_request_is_refused()
    {
        var errors = await RefusedAsync(LeaveInput.Annual(ChristmasPolicyDatabase.ChristmasDay));

        Assert.Equal(["25 Dec 2026 has no working days (weekends, public holidays and company closures are not counted): choose working days."], errors[LeaveFields.Dates]);
    }

    [Fact]
    public async Task Public_holiday_followed_by_a_weekend_is_refused()
    {
        var errors = await RefusedAsync(LeaveInput.Annual(ChristmasPolicyDatabase.ChristmasDay, new(2026, 12, 27)));

        Assert.Equal(["25–27 Dec 2026 has no working days (weekends, public holidays and company closures are not counted): choose working days."], errors[LeaveFields.Dates]);
    }

    [Fact]
    public async Task Reason_longer_than_the_limit_is_refused()
    {
        var errors = await RefusedAsync(LeaveInput.NextWeek() with { Reason = new string('r', 501) });

        Assert.Equal(["Keep the reason to 500 characters; it has 501."], errors[LeaveFields.Reason]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Missing_approver_is_refused_for_someone_without_a_manager(string? approverId)
    {
        var errors = await RefusedAsync(LeaveInput.NextWeek() with { ApproverId = approverId }, TestPeople.Dana);

        Assert.Equal(["Choose who should approve this request."], errors[LeaveFields.ApproverId]);
    }

    [Fact]
    public async Task Requester_cannot_approve_their_own_leave()
    {
        var errors = await RefusedAsync(LeaveInput.NextWeek() with { ApproverId = TestPeople.Alex.Id });

        Assert.Equal(["You cannot approve your own leave: choose someone else."], errors[LeaveFields.ApproverId]);
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("ivy")]
    public async Task Approver_who_is_not_an_active_person_is_refused(string approverId)
    {
        var errors = await RefusedAsync(LeaveInput.NextWeek() with { ApproverId = approverId });

        Assert.Equal(["The approver you chose is not an active user: choose someone from the directory."], errors[LeaveFields.ApproverId]);
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_at_once()
    {
        var errors = await RefusedAsync(new NewLeaveRequest(null, null, null, false, false, new string('r', 501), null), TestPeople.Dana);

        Assert.Equal(
            [LeaveFields.ApproverId, LeaveFields.FirstDay, LeaveFields.LastDay, LeaveFields.LeaveType, LeaveFields.Reason],
            errors.Keys.Order());
    }

    [Fact]
    public async Task Refused_submission_stores_nothing()
    {
        await RefusedAsync(LeaveInput.NextWeek() with { LeaveType = null });

        var mine = await database.InScopeAsync<LeaveRequestQueries, List<LeaveRequest>>(q => q.MineAsync(TestPeople.Alex.Id));
        Assert.Empty(mine);
    }

    private async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(NewLeaveRequest input, TestPerson? requester = null)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => database.SubmitAsync(input, requester));
        return refused.Errors;
    }
}
