using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Decisions;

/// <summary>The bodies of an email ready to send, with any decision links filled in.</summary>
public sealed record EmailBodies(string Html, string Text);

/// <summary>
/// Fills fresh one-time tokens into an email to the approver just before it is sent, so the tokens
/// exist only in the email; the database keeps their hashes.
/// </summary>
public sealed class IssueDecisionLinks(LeaveDbContext db, IOptions<AppLinkOptions> options, LeaveClock clock)
{
    private readonly AppLinkOptions _links = options.Value;

    /// <summary>The bodies to send, or null when the request is no longer pending and the email has nothing to ask.</summary>
    public async Task<EmailBodies?> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        if (!message.CarriesDecisionLinks)
        {
            return new EmailBodies(message.HtmlBody, message.TextBody);
        }

        var request = await db.LeaveRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == message.LeaveRequestId, cancellationToken);
        if (request is not { Status: LeaveStatus.Pending })
        {
            return null;
        }

        var expiresAt = ExpiryFor(request);
        var (approve, approveToken) = DecisionToken.Issue(request.Id, DecisionPurpose.Approve, clock.UtcNow, expiresAt, message.Id);
        var (reject, rejectToken) = DecisionToken.Issue(request.Id, DecisionPurpose.Reject, clock.UtcNow, expiresAt, message.Id);
        db.DecisionTokens.AddRange(approve, reject);
        await db.SaveChangesAsync(cancellationToken);

        var approveLink = _links.Link($"decide/{approveToken}");
        var rejectLink = _links.Link($"decide/{rejectToken}");
        return new EmailBodies(
            message.HtmlBody.Replace(OutboxMessage.ApproveLinkPlaceholder, approveLink).Replace(OutboxMessage.RejectLinkPlaceholder, rejectLink),
            message.TextBody.Replace(OutboxMessage.ApproveLinkPlaceholder, approveLink).Replace(OutboxMessage.RejectLinkPlaceholder, rejectLink));
    }

    /// <summary>
    /// The configured lifetime, but never past the day after the leave starts: by then the question is moot.
    /// Leave recorded after the fact (already started) keeps the full lifetime, or its links would be born dead.
    /// </summary>
    private DateTimeOffset ExpiryFor(LeaveRequest request)
    {
        var byLifetime = clock.UtcNow.AddDays(_links.DecisionLinkDays);
        var byLeave = clock.StartOf(request.FirstDay.AddDays(1));
        return byLeave > clock.UtcNow && byLeave < byLifetime ? byLeave : byLifetime;
    }
}
