using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Integration.Email;

/// <summary>
/// One SMTP outage, played once for the tests that look at it: MailDev stops, Alex asks for leave, and the dispatcher
/// tries each email and fails; MailDev starts again on the same port, the app's clock moves past the retry backoff,
/// and the emails go. The sweep comes due as the tests let the fake clock's seconds pass.
/// </summary>
public sealed class MailServerOutage : EmailApp
{
    // Longer than the backoff after any number of failed attempts.
    private static readonly TimeSpan PastAnyBackoff = TimeSpan.FromHours(1);

    private LeaveRequest? _request;

    public LeaveRequest Request => _request ?? throw new InvalidOperationException("The outage is played in InitializeAsync.");

    /// <summary>The request as stored while the server was still down.</summary>
    public LeaveStatus StatusDuringOutage { get; private set; }

    /// <summary>The request's outbox rows once each had been tried while the server was down.</summary>
    public IReadOnlyList<OutboxMessage> OutboxDuringOutage { get; private set; } = [];

    /// <summary>The request's outbox rows once the server was back and nothing was left to send.</summary>
    public IReadOnlyList<OutboxMessage> OutboxAfterwards { get; private set; } = [];

    /// <summary>The emails about the request that the server holds at the end.</summary>
    public IReadOnlyList<ReceivedEmail> EmailsAfterwards { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        await MailServer.StopAsync();
        _request = await AlexSubmitsAsync();
        StatusDuringOutage = (await ReloadAsync(Request)).Status;

        // A refused connection ends a dispatch run, so the second email is tried by the next sweep.
        OutboxDuringOutage = await OutboxOnceAsync(rows => rows.Count == 2 && rows.All(row => row.Attempts > 0), "each to have been tried");

        await MailServer.StartAsync();
        Time.Advance(PastAnyBackoff);
        OutboxAfterwards = await OutboxOnceAsync(rows => rows.All(row => row.State != OutboxState.Pending), "none to be left pending");
        EmailsAfterwards = await EmailsAboutAsync(Request, count: OutboxAfterwards.Count);
    }

    private Task<List<OutboxMessage>> OutboxOnceAsync(Func<List<OutboxMessage>, bool> holds, string what) =>
        Eventually.HoldsAsync(
            () => OutboxAsync(Request),
            holds,
            $"the emails about {Request.Reference} {what}",
            describe: rows => string.Join("; ", rows.Select(row => $"{row.Kind} {row.State} after {row.Attempts} attempt(s): {row.LastError}")),
            betweenLooks: LetASweepPass);
}
