using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Decisions;

/// <summary>
/// Base for tests that follow the links of one email: Alex's week of leave, with Dana's decision request sent
/// and its links filled in by <see cref="EmailedAsync"/>.
/// </summary>
public abstract class EmailedRequestTest : FreshDatabaseTest
{
    private LeaveRequest? _request;
    private SentDecisionEmail? _links;

    protected LeaveRequest Request => _request ?? throw new InvalidOperationException("Call EmailedAsync first.");

    protected SentDecisionEmail Links => _links ?? throw new InvalidOperationException("Call EmailedAsync first.");

    /// <summary>Alex asks for next week; the decision request email is sent with fresh links.</summary>
    protected async Task EmailedAsync()
    {
        _request = await Database.SubmitAsync(LeaveInput.NextWeek());
        _links = await Database.SendDecisionEmailAsync(_request);
    }

    protected async Task<DateTimeOffset?> UsedAtAsync(string token) =>
        (await Database.DecisionTokensAsync()).Single(t => t.Hash.SequenceEqual(DecisionToken.HashOf(token)!)).UsedAt;

    /// <summary>What a link could change, in words: the request's status and history, when each token was used, and the outbox.</summary>
    protected async Task<string> StateAsync()
    {
        var request = await Database.ReloadAsync(Request);
        var tokens = (await Database.DecisionTokensAsync()).Select(t => $"{t.Purpose} used {t.UsedAt?.ToString("O") ?? "never"}");
        var outbox = (await Database.OutboxAsync()).Select(m => $"{m.Kind} {m.State}");
        return $"{request.Status} v{request.Version} {request.History.Count} entries; {string.Join(", ", tokens)}; outbox: {string.Join(", ", outbox)}";
    }
}
