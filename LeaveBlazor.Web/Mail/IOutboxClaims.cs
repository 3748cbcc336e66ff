using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// How a dispatch pass takes the due emails nobody else holds: each engine does it its own way
/// (<see cref="OutboxClaimsByConditionalUpdate"/> on SQLite, <c>SKIP LOCKED</c> on PostgreSQL).
/// </summary>
public interface IOutboxClaims
{
    /// <summary>
    /// Marks up to <paramref name="batchSize"/> due, unclaimed emails with <paramref name="owner"/> until
    /// <paramref name="until"/>; returns those this pass got in the order they fell due (next attempt, then id: the
    /// order the admin Outbox page lists them in), and whether more may be due after them.
    /// </summary>
    Task<ClaimedEmails> ClaimDueAsync(LeaveDbContext db, Guid owner, DateTimeOffset now, DateTimeOffset until, int batchSize, CancellationToken cancellationToken);
}

/// <param name="Emails">The claimed rows, in the order they fell due.</param>
/// <param name="MayBeMore">A full batch was due: the next pass should look again.</param>
public sealed record ClaimedEmails(List<OutboxMessage> Emails, bool MayBeMore)
{
    public static readonly ClaimedEmails None = new([], false);
}
