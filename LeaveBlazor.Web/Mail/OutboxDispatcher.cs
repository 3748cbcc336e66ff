using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// One pass over the outbox: sends every due email, oldest first, over one transport, and saves the outcomes in groups
/// (<see cref="OutcomeGroup"/>), so a crash sends again at most the emails of the unsaved group and the one in flight,
/// each with the same Message-ID, none more than twice.
/// Due rows are claimed a batch at a time (<see cref="IOutboxClaims"/>, the engine's way), marked with this process's
/// dispatcher id and a lease (<see cref="MailOptions.ClaimLeaseSeconds"/>) that a <see cref="ClaimHeartbeat"/> renews while the pass
/// sends, so several dispatchers (other app instances) never send the same row; rows claimed but not sent are given
/// back. A killed process's claims come free at the next start on its host, or elsewhere when their leases lapse.
/// </summary>
public sealed class OutboxDispatcher(
    LeaveDbContext db,
    IDbContextFactory<LeaveDbContext> contexts,
    IssueDecisionLinks links,
    IMailTransport transport,
    IOutboxClaims claims,
    OutboxDispatchGate gate,
    ThisDispatcher dispatcher,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger,
    IAccountLinks? accountLinks = null)
{
    private enum Outcome
    {
        Sent,
        Failed,
        Retrying,
        Skipped,
    }

    private readonly MailOptions _mail = options.Value;

    public async Task<DispatchReport> DispatchAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var report = await SendDueAsync(cancellationToken);
            if (report.Handled > 0)
            {
                logger.LogInformation("Outbox run: {Report}.", report);
            }

            return report;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<DispatchReport> SendDueAsync(CancellationToken cancellationToken)
    {
        var report = DispatchReport.Nothing;
        while (true)
        {
            var now = time.GetUtcNow();
            var (batch, mayBeMore) = await claims.ClaimDueAsync(db, dispatcher.Id, now, now + _mail.ClaimLease, _mail.BatchSize, cancellationToken);
            var next = 0;
            var heartbeat = ClaimHeartbeat.Start(contexts, dispatcher.Id, batch.Select(m => m.Id).ToList(), _mail.ClaimLease, time, logger);
            var outcomes = new OutcomeGroup(db, _mail, time);
            try
            {
                var sendable = batch.Where(m => OutboxEmail.Recipient(m) is not null).ToList();
                var bodies = await WithAccountLinksAsync(sendable, await links.PrepareAllAsync(sendable, cancellationToken), cancellationToken);
                foreach (var message in batch)
                {
                    next++;
                    await outcomes.SaveIfDueAsync();
                    var (outcome, connectionLost) = await SendAsync(message, bodies.GetValueOrDefault(message.Id), outcomes, cancellationToken);
                    report = outcome switch
                    {
                        Outcome.Sent => report with { Sent = report.Sent + 1 },
                        Outcome.Failed => report with { Failed = report.Failed + 1 },
                        Outcome.Skipped => report with { Skipped = report.Skipped + 1 },
                        _ => report with { Retrying = report.Retrying + 1 },
                    };
                    if (connectionLost)
                    {
                        return report with { StoppedEarly = true };
                    }
                }
            }
            finally
            {
                try
                {
                    await outcomes.SaveAsync();
                }
                finally
                {
                    await heartbeat.DisposeAsync();

                    // Rows not reached (the connection dropped, or the pass failed) go back at once; the one in flight keeps its claim.
                    await ReleaseAsync(batch.Skip(next).ToList());
                }
            }

            // Every row of a full batch has left the due set (done, put off, or claimed elsewhere), so the next claim moves on.
            if (!mayBeMore)
            {
                return report;
            }
        }
    }

    /// <summary>Reset emails get their link now; without <see cref="IAccountLinks"/> (or an account to reset) they are not sent.</summary>
    private async Task<IReadOnlyDictionary<long, EmailBodies?>> WithAccountLinksAsync(
        List<OutboxMessage> sendable, IReadOnlyDictionary<long, EmailBodies?> bodies, CancellationToken cancellationToken)
    {
        var resets = sendable.Where(m => m.Kind == EmailKind.PasswordReset).ToList();
        if (resets.Count == 0)
        {
            return bodies;
        }

        var filled = new Dictionary<long, EmailBodies?>(bodies);
        foreach (var message in resets)
        {
            filled[message.Id] = accountLinks is not null && bodies.GetValueOrDefault(message.Id) is { } written
                ? await accountLinks.FillAsync(message, written, cancellationToken)
                : null;
        }

        return filled;
    }

    /// <summary>Gives back claimed rows this pass will not send, so the next pass need not wait for the claims to lapse.</summary>
    private async Task ReleaseAsync(List<OutboxMessage> unsent)
    {
        var ids = unsent.Select(m => m.Id).ToList();
        if (ids.Count > 0)
        {
            await db.Outbox.Where(m => ids.Contains(m.Id) && m.State == OutboxState.Pending)
                .ExecuteUpdateAsync(row => row.SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null).SetProperty(m => m.ClaimedBy, (Guid?)null), CancellationToken.None);
        }
    }

    private async Task<(Outcome Outcome, bool ConnectionLost)> SendAsync(OutboxMessage message, EmailBodies? bodies, OutcomeGroup outcomes, CancellationToken cancellationToken)
    {
        var to = OutboxEmail.Recipient(message);
        if (to is null)
        {
            await outcomes.AddAsync(message, m => m.MarkFailed($"'{m.ToAddress}' is not an email address that can be sent to. Correct the person's address, then retry."));
            logger.LogWarning("Outbox email {Id} ({Kind}) failed: its recipient address does not parse.", message.Id, message.Kind);
            return (Outcome.Failed, false);
        }

        if (bodies is null)
        {
            await outcomes.AddAsync(message, m => m.MarkSkipped(WhyNotSent(m), time.GetUtcNow()));
            return (Outcome.Skipped, false);
        }

        try
        {
            await transport.SendAsync(OutboxEmail.Compose(message, to, bodies, _mail), message.Key, cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return await RecordFailureAsync(message, SendFailure.Of(exception), exception, outcomes);
        }

        await outcomes.AddAsync(message, m => m.MarkSent(time.GetUtcNow()));
        logger.LogDebug("Outbox email {Id} ({Kind}) sent.", message.Id, message.Kind);
        return (Outcome.Sent, false);
    }

    private static string WhyNotSent(OutboxMessage message) => message.Kind == EmailKind.PasswordReset
        ? "Not sent: the account no longer exists or was deactivated after the link was asked for."
        : "Not sent: the request was already decided, cancelled, answered or handed over to someone else, so there was nothing left to ask.";

    private async Task<(Outcome Outcome, bool ConnectionLost)> RecordFailureAsync(OutboxMessage message, SendFailure failure, Exception exception, OutcomeGroup outcomes)
    {
        await outcomes.AddAsync(message, m =>
        {
            if (failure.Permanent)
            {
                m.MarkFailed(failure.Error);
            }
            else
            {
                m.RetryLater(failure.Error, time.GetUtcNow(), _mail.MaxAttempts);
            }
        });
        if (failure.Expected)
        {
            logger.LogWarning("Outbox email {Id} ({Kind}) not sent, {State} after {Attempts} attempt(s): {Error}",
                message.Id, message.Kind, message.State, message.Attempts, failure.Error);
        }
        else
        {
            logger.LogError(exception, "Outbox email {Id} ({Kind}) not sent, {State} after {Attempts} attempt(s).",
                message.Id, message.Kind, message.State, message.Attempts);
        }

        return (message.State == OutboxState.Failed ? Outcome.Failed : Outcome.Retrying, failure.ConnectionLost);
    }
}
