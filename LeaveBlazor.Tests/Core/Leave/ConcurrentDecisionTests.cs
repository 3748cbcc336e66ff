using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>
/// Two people (or two tabs, or a tab and an emailed link) acting on one request at once, on a real SQLite file:
/// exactly one wins, and the other is told who won and when.
/// </summary>
public sealed class ConcurrentDecisionTests : FreshDatabaseTest
{
    private const int Races = 10;

    private const string OneWinnerAndTheLoserToldWhoWon = ": 1 saved, loser told who won";

    [Fact]
    public async Task Approving_twice_is_refused_the_second_time()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request);

        var refused = await Assert.ThrowsAsync<LeaveConflictException>(() => Database.ApproveAsync(request));

        Assert.Equal("LR-2026-00001 was already approved by Dana Manager on 30 Nov 2026 at 09:00; there is nothing left to decide.", refused.Message);
    }

    [Fact]
    public async Task Decision_saved_from_a_stale_copy_is_refused_naming_the_winner()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var staleScope = Database.CreateScope();
        var stale = await LoadAsync(staleScope, request);
        Database.Time.Advance(TimeSpan.FromMinutes(30));
        await Database.RejectAsync(request, reason: "Release week");

        stale.Approve(TestPeople.Dana.Actor, null, LeaveChannel.EmailLink, ClockOf(staleScope));
        var refused = await Assert.ThrowsAsync<LeaveConflictException>(() => SaveAsync(staleScope, stale));

        Assert.Equal("LR-2026-00001 was already rejected by Dana Manager on 30 Nov 2026 at 09:30.", refused.Message);
    }

    [Fact]
    public async Task Cancel_saved_from_a_stale_copy_after_approval_is_refused()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var staleScope = Database.CreateScope();
        var stale = await LoadAsync(staleScope, request);
        await Database.ApproveAsync(request);

        stale.Cancel(TestPeople.Alex.Actor, LeaveChannel.Web, ClockOf(staleScope));
        var refused = await Assert.ThrowsAsync<LeaveConflictException>(() => SaveAsync(staleScope, stale));

        Assert.Equal("LR-2026-00001 was already approved by Dana Manager on 30 Nov 2026 at 09:00.", refused.Message);
    }

    [Fact]
    public async Task Losing_decision_leaves_no_trace_in_the_history()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var staleScope = Database.CreateScope();
        var stale = await LoadAsync(staleScope, request);
        await Database.ApproveAsync(request, comment: "Winner");

        stale.Reject(TestPeople.Dana.Actor, "Loser", LeaveChannel.EmailLink, ClockOf(staleScope));
        await Assert.ThrowsAsync<LeaveConflictException>(() => SaveAsync(staleScope, stale));

        var stored = await Database.ReloadAsync(request);
        Assert.Equal([LeaveEventKind.Submitted, LeaveEventKind.Approved], stored.History.Select(h => h.Kind));
    }

    [Fact]
    public async Task Approve_and_reject_loaded_together_and_saved_at_once_let_exactly_one_win()
    {
        var requests = await SubmitManyAsync();

        var races = new List<string>();
        foreach (var request in requests)
        {
            await using var approving = Database.CreateScope();
            await using var rejecting = Database.CreateScope();
            var forApproval = await LoadAsync(approving, request);
            var forRejection = await LoadAsync(rejecting, request);
            forApproval.Approve(TestPeople.Dana.Actor, null, LeaveChannel.Web, ClockOf(approving));
            forRejection.Reject(TestPeople.Dana.Actor, "Not that week", LeaveChannel.EmailLink, ClockOf(rejecting));

            var outcomes = await Outcomes.RaceAsync(() => SaveAsync(approving, forApproval), () => SaveAsync(rejecting, forRejection));

            races.Add(await DescribeAsync(request, outcomes));
        }

        NonEmpty.All(races, race => Assert.EndsWith(OneWinnerAndTheLoserToldWhoWon, race, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_approvals_loaded_together_and_saved_at_once_let_exactly_one_win()
    {
        var requests = await SubmitManyAsync();

        var races = new List<string>();
        foreach (var request in requests)
        {
            await using var tab = Database.CreateScope();
            await using var emailLink = Database.CreateScope();
            var inTab = await LoadAsync(tab, request);
            var inEmail = await LoadAsync(emailLink, request);
            inTab.Approve(TestPeople.Dana.Actor, null, LeaveChannel.Web, ClockOf(tab));
            inEmail.Approve(TestPeople.Dana.Actor, null, LeaveChannel.EmailLink, ClockOf(emailLink));

            var outcomes = await Outcomes.RaceAsync(() => SaveAsync(tab, inTab), () => SaveAsync(emailLink, inEmail));

            races.Add(await DescribeAsync(request, outcomes));
        }

        NonEmpty.All(races, race => Assert.EndsWith(OneWinnerAndTheLoserToldWhoWon, race, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approve_and_reject_operations_racing_let_exactly_one_win()
    {
        var requests = await SubmitManyAsync();

        var races = new List<string>();
        foreach (var request in requests)
        {
            var outcomes = await Outcomes.RaceAsync(
                () => Database.ApproveAsync(request),
                () => Database.RejectAsync(request, reason: "Not that week", channel: LeaveChannel.EmailLink));

            // The loser either lost at save time or loaded the request after the winner had saved it.
            races.Add(await DescribeAsync(request, outcomes));
        }

        NonEmpty.All(races, race => Assert.EndsWith(OneWinnerAndTheLoserToldWhoWon, race, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overlapping_submissions_at_once_by_one_person_let_only_one_through()
    {
        var rounds = new List<string>();
        for (var week = 0; week < 20; week++)
        {
            // Unpaid leave counts against no allowance: twenty weeks of annual leave would be refused on the balance instead.
            var input = LeaveInput.Annual(LeaveInput.NextMonday.AddDays(7 * week), LeaveInput.NextMonday.AddDays((7 * week) + 4)) with { LeaveType = "Unpaid" };
            var attempts = Enumerable.Range(0, 6).Select(_ => (Func<Task>)(() => Database.SubmitAsync(input))).ToArray();

            var outcomes = await Outcomes.RaceAsync(attempts);

            rounds.Add($"{input.FirstDay}: {outcomes.Succeeded} accepted, {outcomes.Failures.OfType<LeaveValidationException>().Count()} refused as overlapping");
        }

        NonEmpty.All(rounds, round => Assert.EndsWith(": 1 accepted, 5 refused as overlapping", round, StringComparison.Ordinal));
    }

    private Task<List<LeaveRequest>> SubmitManyAsync() => Database.SubmitSeveralAsync(Races, LeaveInput.NextMonday);

    /// <summary>How one race ended, in words: who saved, and whether the loser was told who won and when.</summary>
    private async Task<string> DescribeAsync(LeaveRequest request, Outcomes outcomes)
    {
        var winner = (await Database.ReloadAsync(request)).Status.ToString().ToLowerInvariant();
        var loser = outcomes.Failures.SingleOrDefault();
        var toldWhoWon = loser is LeaveConflictException
            && loser.Message.StartsWith($"{request.Reference} was already {winner} by Dana Manager on 30 Nov 2026 at 09:00", StringComparison.Ordinal);
        var loserHeard = toldWhoWon ? "loser told who won" : $"loser got {loser?.GetType().Name ?? "nothing"}: {loser?.Message}";
        return $"{request.Reference} {winner}: {outcomes.Succeeded} saved, {loserHeard}";
    }

    private static Task<LeaveRequest> LoadAsync(AsyncServiceScope scope, LeaveRequest request) =>
        scope.ServiceProvider.GetRequiredService<LeaveDbContext>().LoadForChangeAsync(request.Id, CancellationToken.None);

    private static Task SaveAsync(AsyncServiceScope scope, LeaveRequest request) =>
        scope.ServiceProvider.GetRequiredService<LeaveDbContext>().SaveTransitionAsync(request, scope.ServiceProvider.GetRequiredService<LeaveConsequences>(), ClockOf(scope), CancellationToken.None);

    private static LeaveClock ClockOf(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<LeaveClock>();
}
