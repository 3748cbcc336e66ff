using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// One pass over the outbox: sends every due email, in the order they fell due, over one transport, and saves the outcomes in groups
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

    /// <summary>A claimed batch ready to go: each email that has a recipient and something to say, composed.</summary>
    private sealed record ReadyBatch(List<OutboxMessage> Messages, bool MayBeMore, ClaimHeartbeat Heartbeat, Dictionary<long, ComposedEmail> Composed);

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

    /// <summary>
    /// Sends batch after batch. While one batch goes out, the next is claimed and made ready (links minted, balances
    /// and absences read, emails composed) on another thread and the pass's own context; the outcomes are saved on a
    /// second context. One after the other, the database work and the waits for the SMTP server's answers added up.
    /// The next batch goes through Task.Run because SQLite's async calls complete synchronously: awaited in place, the
    /// work ran before the sending could start.
    /// </summary>
    private async Task<DispatchReport> SendDueAsync(CancellationToken cancellationToken)
    {
        var report = DispatchReport.Nothing;
        await using var saving = await contexts.CreateDbContextAsync(cancellationToken);
        Task<ReadyBatch?>? coming = ReadyNextAsync(cancellationToken);
        try
        {
            while (coming is not null)
            {
                var arriving = coming;
                coming = null;
                if (await arriving is not { } ready)
                {
                    break;
                }

                // Every row of a full batch leaves the due set (done, put off, or claimed elsewhere), so the next claim moves on.
                coming = ready.MayBeMore ? Task.Run(() => ReadyNextAsync(cancellationToken), CancellationToken.None) : null;
                var (sent, stoppedEarly) = await SendBatchAsync(ready, saving, cancellationToken);
                report = report.Plus(sent);
                if (stoppedEarly)
                {
                    return report with { StoppedEarly = true };
                }
            }

            return report;
        }
        finally
        {
            if (coming is not null)
            {
                await GiveBackAsync(coming, saving);
            }
        }
    }

    /// <summary>Claims the next due emails and makes them ready to send; null when none are due. A batch that fails to get ready is given back.</summary>
    private async Task<ReadyBatch?> ReadyNextAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (batch, mayBeMore) = await claims.ClaimDueAsync(db, dispatcher.Id, now, now + _mail.ClaimLease, _mail.BatchSize, cancellationToken);
        if (batch.Count == 0)
        {
            return null;
        }

        var heartbeat = ClaimHeartbeat.Start(contexts, dispatcher.Id, batch.Select(m => m.Id).ToList(), _mail.ClaimLease, time, logger);
        try
        {
            var sendable = batch.Where(m => OutboxEmail.Recipient(m) is not null).ToList();
            var bodies = await WithAccountLinksAsync(sendable, await links.PrepareAllAsync(sendable, cancellationToken), cancellationToken);
            var composed = sendable.Where(m => bodies.GetValueOrDefault(m.Id) is not null)
                .ToDictionary(m => m.Id, m => ComposedEmail.Of(m, bodies[m.Id]!, _mail));
            return new ReadyBatch(batch, mayBeMore, heartbeat, composed);
        }
        catch
        {
            await heartbeat.DisposeAsync();
            await ReleaseAsync(db, batch);
            throw;
        }
    }

    /// <summary>Sends a ready batch in order, saving outcomes in groups; stops at a lost connection, giving back the rows not reached.</summary>
    private async Task<(DispatchReport Sent, bool StoppedEarly)> SendBatchAsync(ReadyBatch ready, LeaveDbContext saving, CancellationToken cancellationToken)
    {
        var report = DispatchReport.Nothing;
        var next = 0;
        var outcomes = new OutcomeGroup(saving, _mail, time);
        try
        {
            foreach (var message in ready.Messages)
            {
                next++;
                await outcomes.SaveIfDueAsync();
                var (outcome, connectionLost) = await SendAsync(message, ready.Composed.GetValueOrDefault(message.Id), outcomes, cancellationToken);
                report = outcome switch
                {
                    Outcome.Sent => report with { Sent = report.Sent + 1 },
                    Outcome.Failed => report with { Failed = report.Failed + 1 },
                    Outcome.Skipped => report with { Skipped = report.Skipped + 1 },
                    _ => report with { Retrying = report.Retrying + 1 },
                };
                if (connectionLost)
                {
                    return (report, true);
                }
            }

            return (report, false);
        }
        finally
        {
            try
            {
                await outcomes.SaveAsync();
            }
            finally
            {
                await ready.Heartbeat.DisposeAsync();

                // Rows not reached (the connection dropped, or the pass failed) go back at once; the one in flight keeps its claim.
                await ReleaseAsync(saving, ready.Messages.Skip(next).ToList());
            }
        }
    }

    /// <summary>The batch made ready ahead, when the pass ends before sending it: its claims go back at once.</summary>
    private async Task GiveBackAsync(Task<ReadyBatch?> coming, LeaveDbContext saving)
    {
        try
        {
            if (await coming is { } unsent)
            {
                await unsent.Heartbeat.DisposeAsync();
                await ReleaseAsync(saving, unsent.Messages);
            }
        }
        catch (Exception exception)
        {
            // The pass is already ending (its own error, if any, goes up); rows this leaves claimed come free when their lease lapses.
            logger.LogWarning(exception, "Giving back the outbox batch made ready ahead failed.");
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
    private static async Task ReleaseAsync(LeaveDbContext context, List<OutboxMessage> unsent)
    {
        var ids = unsent.Select(m => m.Id).ToList();
        if (ids.Count > 0)
        {
            await context.Outbox.Where(m => ids.Contains(m.Id) && m.State == OutboxState.Pending)
                .ExecuteUpdateAsync(row => row.SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null).SetProperty(m => m.ClaimedBy, (Guid?)null), CancellationToken.None);
        }
    }

    private async Task<(Outcome Outcome, bool ConnectionLost)> SendAsync(OutboxMessage message, ComposedEmail? composed, OutcomeGroup outcomes, CancellationToken cancellationToken)
    {
        if (OutboxEmail.Recipient(message) is null)
        {
            await outcomes.AddAsync(message, m => m.MarkFailed($"'{m.ToAddress}' is not an email address that can be sent to. Correct the person's address, then retry."));
            logger.LogWarning("Outbox email {Id} ({Kind}) failed: its recipient address does not parse.", message.Id, message.Kind);
            return (Outcome.Failed, false);
        }

        if (composed is null)
        {
            await outcomes.AddAsync(message, m => m.MarkSkipped(WhyNotSent(m), time.GetUtcNow()));
            return (Outcome.Skipped, false);
        }

        try
        {
            await transport.SendAsync(composed.Ready(), message.Key, cancellationToken);
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
