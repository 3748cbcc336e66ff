using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Mail;

/// <summary>An outbox row as the admin page shows it (without the bodies: they hold links and are large).</summary>
public sealed record OutboxRow(
    long Id,
    EmailKind Kind,
    string ToAddress,
    string ToName,
    string Subject,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt,
    string? LastError)
{
    public string KindName => Kind switch
    {
        EmailKind.SubmissionReceipt => "Receipt",
        EmailKind.DecisionRequest => "Decision request",
        EmailKind.Reminder => "Reminder",
        EmailKind.Outcome => "Outcome",
        EmailKind.CancellationNotice => "Cancellation notice",
        EmailKind.HandOverNotice => "Hand-over notice",
        _ => Kind.ToString(),
    };
}

/// <summary>What the admin Outbox page lists.</summary>
public sealed class OutboxQueries(IDbContextFactory<LeaveDbContext> contexts)
{
    public async Task<Dictionary<OutboxState, int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>One page of the rows in a state: pending ones in the order they will go, the others newest first.</summary>
    public async Task<ListPageOf<OutboxRow>> InStateAsync(OutboxState state, ListPage page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Outbox.AsNoTracking().Where(m => m.State == state);
        rows = state == OutboxState.Pending
            ? rows.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            : rows.OrderByDescending(m => m.Id);
        return await rows
            .Select(m => new OutboxRow(m.Id, m.Kind, m.ToAddress, m.ToName, m.Subject, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError))
            .ToPageAsync(page, cancellationToken);
    }
}
