using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Decisions;

/// <summary>
/// Fills fresh one-time tokens into an email to the approver just before it is sent, so the tokens
/// exist only in the email; the database keeps their hashes.
/// </summary>
public sealed class IssueDecisionLinks(LeaveDbContext db, IOptions<AppLinkOptions> options, LeaveClock clock, IRequesterBalances balances, TeamAway teamAway)
{
    private readonly AppLinkOptions _links = options.Value;

    /// <summary>The bodies to send (links and the requester's balance filled in), or null when the email has nothing left to ask: the request is no longer pending, or was handed over to someone else.</summary>
    public async Task<EmailBodies?> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken = default) =>
        (await PrepareAllAsync([message], cancellationToken))[message.Id];

    /// <summary>
    /// <see cref="PrepareAsync"/> for a batch of emails about to go: one query for their requests, one save for all their tokens.
    /// An email that then fails to leave keeps its tokens unused; they were never seen and die at their expiry.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, EmailBodies?>> PrepareAllAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        var asking = messages.Where(m => m.CarriesDecisionLinks).Select(m => m.LeaveRequestId).Distinct().ToList();
        var pending = asking.Count == 0
            ? []
            : await db.LeaveRequests.AsNoTracking()
                .Include(r => r.Approver)
                .Where(r => asking.Contains(r.Id) && (r.Status == LeaveStatus.Pending || r.Status == LeaveStatus.Approved && r.CancellationAskedAt != null))
                .ToDictionaryAsync(r => r.Id, cancellationToken);

        var approverIds = pending.Values.Select(r => r.ApproverId).Distinct().ToList();
        var delegates = approverIds.Count == 0
            ? new Dictionary<string, Employee>()
            : await db.Delegations.AsNoTracking().Include(d => d.Delegate).Where(d => approverIds.Contains(d.ApproverId)).ToDictionaryAsync(d => d.ApproverId, d => d.Delegate, cancellationToken);
        var deciding = pending.Values.Where(r => r.Status == LeaveStatus.Pending).ToList();
        var balanceLines = deciding.Count == 0 ? new Dictionary<Guid, string>() : await balances.DescribeIfApprovedAsync(deciding, cancellationToken);
        var away = deciding.Count == 0 ? new Dictionary<Guid, TeamConflicts>() : await teamAway.ForAsync(deciding, cancellationToken);
        var prepared = new Dictionary<long, EmailBodies?>();
        var minted = new List<DecisionToken>();
        foreach (var message in messages)
        {
            prepared[message.Id] = !message.CarriesDecisionLinks ? new EmailBodies(message.HtmlBody, message.TextBody)
                : message.LeaveRequestId is { } id && pending.TryGetValue(id, out var request) && AskedOf(request, message, delegates) is { } asked && StillAsks(request, message)
                    ? WithFreshLinks(message, request, asked, new AskingLines(balanceLines.GetValueOrDefault(request.Id, "—"), away.GetValueOrDefault(request.Id)?.Describe() ?? "—"), minted)
                : null;
        }

        if (minted.Count > 0)
        {
            db.DecisionTokens.AddRange(minted);
            await db.SaveChangesAsync(cancellationToken);
            minted.ForEach(token => db.Entry(token).State = EntityState.Detached); // the caller's later saves need not look at them again
        }

        return prepared;
    }

    /// <summary>
    /// Who the email asks to decide: the request's approver, or the delegate the approver named (the links then act on
    /// the approver's behalf). An email written for an approver the request was handed over from asks nobody any more.
    /// </summary>
    private static Employee? AskedOf(LeaveRequest request, OutboxMessage message, Dictionary<string, Employee> delegates) =>
        string.Equals(message.ToAddress, request.Approver.Email, StringComparison.OrdinalIgnoreCase) ? request.Approver
        : delegates.TryGetValue(request.ApproverId, out var standIn) && string.Equals(message.ToAddress, standIn.Email, StringComparison.OrdinalIgnoreCase) ? standIn
        : null;

    /// <summary>A decision request asks while the request is pending; an ask to cancel, while that ask waits.</summary>
    private static bool StillAsks(LeaveRequest request, OutboxMessage message) =>
        message.Kind == EmailKind.CancellationRequest
            ? request.Status == LeaveStatus.Approved && request.CancellationAskedAt <= message.CreatedAt
            : request.Status == LeaveStatus.Pending;

    /// <summary>Fills the two links (approve and reject, or confirm and decline a cancellation) and what the approver is told beside the request (balance, who else is away) into the bodies.</summary>
    private EmailBodies WithFreshLinks(OutboxMessage message, LeaveRequest request, Employee asked, AskingLines lines, List<DecisionToken> minted)
    {
        var cancelling = message.Kind == EmailKind.CancellationRequest;
        var expiresAt = ExpiryFor(cancelling ? request.LastDay : request.FirstDay);
        var onBehalfOf = asked.Id == request.ApproverId ? null : request.ApproverId;
        var (approve, approveToken) = DecisionToken.Issue(request.Id, asked.Id,
            cancelling ? DecisionPurpose.ConfirmCancellation : DecisionPurpose.Approve, clock.UtcNow, expiresAt, message.Id, onBehalfOf);
        var (reject, rejectToken) = DecisionToken.Issue(request.Id, asked.Id,
            cancelling ? DecisionPurpose.DeclineCancellation : DecisionPurpose.Reject, clock.UtcNow, expiresAt, message.Id, onBehalfOf);
        minted.AddRange([approve, reject]);

        var approveLink = _links.Link($"decide/{approveToken}");
        var rejectLink = _links.Link($"decide/{rejectToken}");
        return new EmailBodies(
            message.HtmlBody.Replace(OutboxMessage.ApproveLinkPlaceholder, approveLink).Replace(OutboxMessage.RejectLinkPlaceholder, rejectLink)
                .Replace(OutboxMessage.BalancePlaceholder, EmailLayout.Encode(lines.Balance)).Replace(OutboxMessage.TeamAwayPlaceholder, EmailLayout.Encode(lines.TeamAway)),
            message.TextBody.Replace(OutboxMessage.ApproveLinkPlaceholder, approveLink).Replace(OutboxMessage.RejectLinkPlaceholder, rejectLink)
                .Replace(OutboxMessage.BalancePlaceholder, lines.Balance).Replace(OutboxMessage.TeamAwayPlaceholder, lines.TeamAway));
    }

    /// <summary>
    /// The configured lifetime, but never past the day after <paramref name="mootAfter"/> (the leave's first day for a
    /// decision, its last for an ask to cancel): by then the question is moot. Leave recorded after the fact (already
    /// started) keeps the full lifetime, or its links would be born dead.
    /// </summary>
    private DateTimeOffset ExpiryFor(DateOnly mootAfter)
    {
        var byLifetime = clock.UtcNow.AddDays(_links.DecisionLinkDays);
        var byLeave = clock.StartOf(mootAfter.AddDaysClamped(1));
        return byLeave > clock.UtcNow && byLeave < byLifetime ? byLeave : byLifetime;
    }
}

/// <summary>What a decision request tells the approver beside the request, worked out as it is sent.</summary>
internal sealed record AskingLines(string Balance, string TeamAway);
