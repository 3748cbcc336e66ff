using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Delegation;

public sealed class NamingAStandInTests : FreshDatabaseTest
{
    private static readonly DateOnly Today = LeaveTestDatabase.StartDay;

    [Fact]
    public async Task A_period_from_today_is_in_force_and_described()
    {
        var view = await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam, days: 5);

        Assert.Equal((true, "Sam Other stands in for you from 30 Nov 2026 to 4 Dec 2026 (in force today)."), (view.InForceToday, view.Description));
    }

    [Fact]
    public async Task A_later_period_is_kept_but_not_in_force_today()
    {
        var view = await Database.DelegateAsync(TestPeople.Dana, new DelegationDraft(TestPeople.Sam.Email, Today.AddDays(7), Today.AddDays(9), false));

        Assert.False(view.InForceToday);
    }

    [Fact]
    public async Task Naming_again_replaces_the_stand_in()
    {
        await Database.AddPersonAsync(Kim);
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);

        var view = await Database.DelegateAsync(TestPeople.Dana, Kim);

        Assert.Equal("Kim Delegate", view.DelegateName);
    }

    [Fact]
    public async Task Ending_it_leaves_no_delegation()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);

        var ended = await Database.EndDelegationAsync(TestPeople.Dana);

        Assert.Equal((true, (DelegationView?)null), (ended, await Database.InScopeAsync<DelegateApprovals, DelegationView?>(d => d.CurrentAsync(TestPeople.Dana.Id))));
    }

    [Theory]
    [InlineData("dana.manager@example.test", "You cannot stand in for yourself: choose another approver.")]
    [InlineData("ivy.inactive@example.test", "Ivy Inactive's account is not active: choose someone else.")]
    [InlineData("alex.employee@example.test", "Alex Employee does not approve leave: choose an approver, or ask an admin to let them approve.")]
    [InlineData("nobody@example.test", "Nobody in the directory has the email nobody@example.test: check it, or ask an admin to add them.")]
    [InlineData("  ", "Give the email of the approver who stands in for you.")]
    public async Task A_stand_in_who_cannot_decide_is_refused_with_why(string email, string message)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() =>
            Database.DelegateAsync(TestPeople.Dana, new DelegationDraft(email, Today, Today.AddDays(3), false)));

        Assert.Equal([message], refused.Errors[DelegateApprovals.Fields.DelegateEmail]);
    }

    [Fact]
    public async Task A_circle_of_stand_ins_is_refused()
    {
        await Database.DelegateAsync(TestPeople.Sam, TestPeople.Dana);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam));

        Assert.Equal(["Sam Other already has you standing in for them (directly or through others), so the requests would go round in a circle: choose someone else."],
            refused.Errors[DelegateApprovals.Fields.DelegateEmail]);
    }

    [Fact]
    public async Task A_circle_through_a_third_approver_is_refused()
    {
        await Database.AddPersonAsync(Kim);
        await Database.DelegateAsync(TestPeople.Sam, Kim);
        await Database.DelegateAsync(Kim, TestPeople.Dana);

        await Assert.ThrowsAsync<LeaveValidationException>(() => Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam));
    }

    [Theory]
    [InlineData(-3, -1, "to", "The period is already over (29 Nov 2026): give a last day from today on.")]
    [InlineData(5, 2, "to", "The last day (2 Dec 2026) is before the first (5 Dec 2026).")]
    [InlineData(-1, 3, "from", "The first day (29 Nov 2026) is in the past: start from today (30 Nov 2026) or later.")]
    [InlineData(0, 365, "to", "A delegation lasts at most a year: choose an earlier last day.")]
    public async Task A_period_that_cannot_be_is_refused_on_its_field(int fromDays, int toDays, string field, string message)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() =>
            Database.DelegateAsync(TestPeople.Dana, new DelegationDraft(TestPeople.Sam.Email, Today.AddDays(fromDays), Today.AddDays(toDays), false)));

        Assert.Equal([message], refused.Errors[field]);
    }

    [Fact]
    public async Task A_period_without_days_asks_for_both()
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() =>
            Database.DelegateAsync(TestPeople.Dana, new DelegationDraft(TestPeople.Sam.Email, null, null, false)));

        Assert.Equal(["from", "to"], refused.Errors.Keys.Order());
    }

    [Fact]
    public async Task Someone_who_does_not_approve_has_nothing_to_delegate()
    {
        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.DelegateAsync(TestPeople.Alex, TestPeople.Sam));

        Assert.Equal("You do not approve leave, so there is nothing for a delegate to decide for you.", refused.Message);
    }

    [Fact]
    public async Task While_on_leave_is_in_force_only_on_days_of_approved_leave()
    {
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam, days: null);
        var leave = await Database.SubmitAsync(LeaveInput.Annual(Today.AddDays(1), Today.AddDays(2), TestPeople.Sam.Id), TestPeople.Dana);
        await Database.ApproveAsync(leave, TestPeople.Sam);
        var before = await Database.InScopeAsync<DelegateApprovals, DelegationView?>(d => d.CurrentAsync(TestPeople.Dana.Id));

        Database.Time.Advance(TimeSpan.FromDays(1));
        var during = await Database.InScopeAsync<DelegateApprovals, DelegationView?>(d => d.CurrentAsync(TestPeople.Dana.Id));

        Assert.Equal((false, true), (before!.InForceToday, during!.InForceToday));
    }

    private static readonly TestPerson Kim = new("kim", "kim.delegate@example.test", "Kim Delegate", ManagerId: TestPeople.Dana.Id, CanApprove: true);
}
