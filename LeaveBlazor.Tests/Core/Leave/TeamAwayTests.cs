using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>
/// What an approver is told about the requester's team while deciding: who else (reporting to the same manager) is
/// away on any of the days, approved or not yet, and how many would be at work on the worst day.
/// </summary>
public sealed class TeamAwayTests : FreshDatabaseTest
{
    private static readonly DateOnly Tuesday = LeaveInput.NextMonday.AddDays(1);

    [Fact]
    public async Task A_team_with_nobody_else_away_says_so()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal("Nobody else in the team is away then.", (await ConflictsAsync(request)).Describe());
    }

    [Fact]
    public async Task A_colleagues_approved_leave_is_named_with_the_worst_day()
    {
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday, Tuesday.AddDays(1)), TestPeople.Sam));
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal("Sam Other is away 8–9 Dec 2026, approved. On 8 Dec 2026 0 of the team of 2 would be at work.",
            (await ConflictsAsync(request)).Describe());
    }

    [Fact]
    public async Task Leave_not_yet_approved_is_named_as_such()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var away = Assert.Single((await ConflictsAsync(request)).Away);

        Assert.Equal("Sam Other is away 8 Dec 2026, not yet approved", away.Describe());
    }

    [Fact]
    public async Task Rejected_cancelled_and_other_days_leave_do_not_count()
    {
        await Database.RejectAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam));
        await Database.CancelAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday.AddDays(1)), TestPeople.Sam), TestPeople.Sam);
        await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(7)), TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Empty((await ConflictsAsync(request)).Away);
    }

    [Fact]
    public async Task Someone_with_another_manager_is_not_in_the_team()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday, approverId: TestPeople.Sam.Id), TestPeople.Dana);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Empty((await ConflictsAsync(request)).Away);
    }

    [Fact]
    public async Task The_decision_email_says_who_else_is_away()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var email = await Database.SendDecisionEmailAsync(request);

        Assert.Contains("Also away:    Sam Other is away 8 Dec 2026, not yet approved. On 8 Dec 2026 0 of the team of 2 would be at work.\n",
            email.Bodies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(OutboxMessage.TeamAwayPlaceholder, email.Bodies.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_read_together_each_get_only_the_leave_on_their_own_days()
    {
        var weekAfter = LeaveInput.NextMonday.AddDays(7);
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam);
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(4), weekAfter), TestPeople.Sam));
        await Database.SubmitAsync(LeaveInput.Annual(weekAfter.AddDays(7)), TestPeople.Sam);
        var first = await Database.SubmitAsync(LeaveInput.Annual(Tuesday));
        var second = await Database.SubmitAsync(LeaveInput.Annual(weekAfter.AddDays(2)));

        var together = await Database.InScopeAsync<TeamAway, IReadOnlyDictionary<Guid, TeamConflicts>>(away => away.ForAsync([first, second]));

        Assert.Equal(
            ("Sam Other is away 8 Dec 2026, not yet approved. On 8 Dec 2026 0 of the team of 2 would be at work.", "Nobody else in the team is away then."),
            (together[first.Id].Describe(), together[second.Id].Describe()));
    }

    private async Task<TeamConflicts> ConflictsAsync(LeaveRequest request) =>
        (await Database.InScopeAsync<TeamAway, IReadOnlyDictionary<Guid, TeamConflicts>>(away => away.ForAsync([request])))[request.Id];
}
