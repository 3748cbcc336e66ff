using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Mail;

/// <summary>An admin sends a failed email again (after correcting an address or the SMTP settings).</summary>
public sealed class RetryOutboxEmail(IDbContextFactory<LeaveDbContext> contexts, TimeProvider time)
{
    public async Task ExecuteAsync(long id, Actor admin, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = await db.Outbox.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new LeaveRuleException("That email is no longer in the outbox.");
        if (message.State != OutboxState.Failed)
        {
            throw new LeaveRuleException($"That email is {message.State.ToString().ToLowerInvariant()} now, so there is nothing to retry.");
        }

        AuditEntry.Record(db, time.GetUtcNow(), admin, AuditAction.EmailRetried, $"email {message.Id} to {message.ToAddress}",
            $"{message.Subject} (failed after {message.Attempts} attempt{(message.Attempts == 1 ? "" : "s")}: {message.LastError})");
        message.Retry(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
