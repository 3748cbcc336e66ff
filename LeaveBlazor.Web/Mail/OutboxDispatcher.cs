using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// One pass over the outbox: sends every due email, oldest first, over one transport, and saves each outcome as soon
/// as it is known, so a crash loses at most the email in flight (which then goes again, with the same Message-ID).
/// Rows are claimed one by one in the database, so several dispatchers (other app instances) never send the same row.
/// </summary>
public sealed class OutboxDispatcher(
    LeaveDbContext db,
    IssueDecisionLinks links,
    IMailTransport transport,
    OutboxDispatchGate gate,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>How long a claim keeps other dispatchers away; after a crash the row comes back once it passes.</summary>
    public static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(5);

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
            var batch = await DueAsync(cancellationToken);
            foreach (var id in batch)
            {
                var message = await ClaimAsync(id, cancellationToken);
                if (message is null)
                {
                    continue; // another dispatcher took it between the query and the claim
                }

                var (outcome, connectionLost) = await SendAsync(message, cancellationToken);
                db.ChangeTracker.Clear();
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

            // Every row of a full batch has left the due set (done, put off, or claimed elsewhere), so the next query moves on.
            if (batch.Count < _mail.BatchSize)
            {
                return report;
            }
        }
    }

    private async Task<List<long>> DueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Outbox.AsNoTracking()
            .Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(_mail.BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<OutboxMessage?> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? until = now + ClaimTime;
        var claimed = await db.Outbox
            .Where(m => m.Id == id && m.State == OutboxState.Pending && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .ExecuteUpdateAsync(row => row.SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        return claimed == 1 ? await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken) : null;
    }

    private async Task<(Outcome Outcome, bool ConnectionLost)> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var to = OutboxEmail.Recipient(message);
        if (to is null)
        {
            message.MarkFailed($"'{message.ToAddress}' is not an email address that can be sent to. Correct the person's address, then retry.");
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning("Outbox email {Id} ({Kind}) failed: its recipient address does not parse.", message.Id, message.Kind);
            return (Outcome.Failed, false);
        }

        var bodies = await links.PrepareAsync(message, cancellationToken);
        if (bodies is null)
        {
            message.MarkSkipped("Not sent: the request was already decided or cancelled, so there was nothing left to ask.", time.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            return (Outcome.Skipped, false);
        }

        try
        {
            await transport.SendAsync(OutboxEmail.Compose(message, to, bodies, _mail), message.Key, cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return await RecordFailureAsync(message, SendFailure.Of(exception), exception);
        }

        // Saved even if shutdown began meanwhile: the email has left, and must not go twice.
        message.MarkSent(time.GetUtcNow());
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogDebug("Outbox email {Id} ({Kind}) sent.", message.Id, message.Kind);
        return (Outcome.Sent, false);
    }

    private async Task<(Outcome Outcome, bool ConnectionLost)> RecordFailureAsync(OutboxMessage message, SendFailure failure, Exception exception)
    {
        if (failure.Permanent)
        {
            message.MarkFailed(failure.Error);
        }
        else
        {
            message.RetryLater(failure.Error, time.GetUtcNow(), _mail.MaxAttempts);
        }

        await db.SaveChangesAsync(CancellationToken.None);
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
