using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>
/// A Blazor circuit keeps one scope for as long as the page is open, so its operations must not carry each other's
/// state: each works on a context of its own, and one that failed leaves nothing behind for the next.
/// </summary>
public sealed class OneScopeManyOperationsTests : FreshDatabaseTest
{
    [Fact]
    public async Task A_decision_that_lost_a_race_leaves_nothing_for_the_next_one()
    {
        var first = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday));
        var second = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(1)));
        await using var circuit = Database.CreateScope();
        var decide = circuit.ServiceProvider.GetRequiredService<DecideLeaveRequest>();
        await Database.ApproveAsync(first); // decided elsewhere, after the page was opened
        await Assert.ThrowsAsync<LeaveConflictException>(() => decide.RejectAsync(first.Id, TestPeople.Dana.Actor, "No", LeaveChannel.Web));

        await decide.ApproveAsync(second.Id, TestPeople.Dana.Actor, null, LeaveChannel.Web);

        Assert.Equal((LeaveStatus.Approved, LeaveStatus.Approved), ((await Database.ReloadAsync(first)).Status, (await Database.ReloadAsync(second)).Status));
    }

    [Fact]
    public async Task A_refused_submission_leaves_nothing_for_the_next_one()
    {
        await using var circuit = Database.CreateScope();
        var submit = circuit.ServiceProvider.GetRequiredService<SubmitLeaveRequest>();
        await Assert.ThrowsAsync<LeaveValidationException>(() => submit.ExecuteAsync(TestPeople.Alex.Id, LeaveInput.NextWeek() with { LeaveType = "Holiday" }, LeaveChannel.Web));

        var request = await submit.ExecuteAsync(TestPeople.Alex.Id, LeaveInput.NextWeek(), LeaveChannel.Web);

        Assert.Equal(LeaveStatus.Pending, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task A_list_read_again_in_the_same_scope_shows_changes_made_elsewhere()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var circuit = Database.CreateScope();
        var queries = circuit.ServiceProvider.GetRequiredService<LeaveRequestQueries>();
        Assert.Single(await queries.AwaitingDecisionAsync(TestPeople.Dana.Id));

        await Database.CancelAsync(request);

        Assert.Empty(await queries.AwaitingDecisionAsync(TestPeople.Dana.Id));
    }
}
