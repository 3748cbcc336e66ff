using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Decisions;

/// <summary>
/// A link confirmed several times at once (double clicks, several devices), each click in its own scope as a web
/// request would be, on a real SQLite file: the request is decided once and the requester told once.
/// </summary>
public sealed class ConcurrentLinkDecisionTests : FreshDatabaseTest
{
    private const int Races = 10;

    /// <summary>More than two at once, so that in most rounds at least two really overlap between reading the link and saving.</summary>
    private const int Clicks = 4;

    [Fact]
    public async Task Same_link_confirmed_several_times_at_once_decides_once()
    {
        var emailed = await EmailManyAsync();

        var races = new List<string>();
        foreach (var (request, links) in emailed)
        {
            var clicks = Enumerable.Range(1, Clicks)
                .Select(click => (Func<Task>)(() => Database.DecideByLinkAsync(links.ApproveToken, DecisionPurpose.Approve, $"Click {click}")));
            var outcomes = await Outcomes.RaceAsync([.. clicks]);

            races.Add(await DescribeAsync(request, outcomes));
        }

        NonEmpty.All(races, race => Assert.EndsWith($": 1 saved, 1 decision, 1 outcome email, {Clicks - 1} refused", race, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approve_and_reject_links_of_one_email_confirmed_at_once_decide_once()
    {
        var emailed = await EmailManyAsync();

        var races = new List<string>();
        foreach (var (request, links) in emailed)
        {
            var outcomes = await Outcomes.RaceAsync(
                () => Database.DecideByLinkAsync(links.ApproveToken, DecisionPurpose.Approve),
                () => Database.DecideByLinkAsync(links.RejectToken, DecisionPurpose.Reject, "Not that week"));

            races.Add(await DescribeAsync(request, outcomes));
        }

        NonEmpty.All(races, race => Assert.EndsWith(": 1 saved, 1 decision, 1 outcome email, 1 refused", race, StringComparison.Ordinal));
    }

    /// <summary>Requests on different days, so none overlaps another, each with its email's links filled in.</summary>
    private async Task<List<(LeaveRequest Request, SentDecisionEmail Links)>> EmailManyAsync()
    {
        var emailed = new List<(LeaveRequest, SentDecisionEmail)>();
        foreach (var request in await Database.SubmitSeveralAsync(Races, LeaveInput.NextMonday))
        {
            emailed.Add((request, await Database.SendDecisionEmailAsync(request)));
        }

        return emailed;
    }

    /// <summary>
    /// How one race ended, in words. A loser is refused either way: at save time (another click decided first)
    /// or before, when it found the link already used or the request already decided.
    /// </summary>
    private async Task<string> DescribeAsync(LeaveRequest request, Outcomes outcomes)
    {
        var stored = await Database.ReloadAsync(request);
        var decisions = stored.History.Count(h => h.Kind is LeaveEventKind.Approved or LeaveEventKind.Rejected);
        var outcomeEmails = (await Database.OutboxAsync(request)).Count(m => m.Kind == EmailKind.Outcome);
        var unexpected = outcomes.Failures.FirstOrDefault(f => f is not (LeaveConflictException or DecisionLinkRefusedException));
        var losers = unexpected is null
            ? $"{outcomes.Failures.Count} refused"
            : $"one loser got {unexpected.GetType().Name}: {unexpected.Message}";
        return $"{request.Reference}: {outcomes.Succeeded} saved, {decisions} decision, {outcomeEmails} outcome email, {losers}";
    }
}
