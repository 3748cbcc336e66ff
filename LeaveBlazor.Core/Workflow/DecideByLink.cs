using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>
/// Deciding from an emailed link: the token stands for the request's approver, or for their delegate on their behalf. Looking at a link changes
/// nothing (mail scanners open links); only <see cref="DecideAsync"/> decides, and a token works once.
/// </summary>
public sealed class DecideByLink(IDbContextFactory<LeaveDbContext> contexts, LeaveRequestRules rules, LeaveConsequences consequences, CancelApprovedLeave cancellations, LeaveClock clock)
{
    public async Task<DecisionLinkCheck> InspectAsync(string? token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (check, _) = await CheckAsync(db, token, tracked: false, cancellationToken);
        return check;
    }

    public async Task<LeaveRequest> DecideAsync(string? token, DecisionPurpose choice, string? comment, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        rules.CheckComment(comment, errors);
        errors.ThrowIfAny();

        return await LeaveTransitions.RetriedAsync(() => DecideOnceAsync(token, choice, comment, cancellationToken));
    }

    private async Task<LeaveRequest> DecideOnceAsync(string? token, DecisionPurpose choice, string? comment, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (check, found) = await CheckAsync(db, token, tracked: true, cancellationToken);
        if (!check.Usable)
        {
            throw new DecisionLinkRefusedException(check);
        }

        var request = found!.Request;
        if (IsAboutCancelling(found.Purpose) != IsAboutCancelling(choice))
        {
            throw new LeaveRuleException(IsAboutCancelling(found.Purpose)
                ? $"This link answers the ask to cancel {request.Reference}: confirm or decline the cancellation."
                : $"This link decides {request.Reference}: approve or reject it.");
        }

        var approver = found.OnBehalfOfId is null
            ? new Actor(request.ApproverId, request.Approver.DisplayName)
            : StandIns.OnBehalfOf(await db.Employees.AsNoTracking().SingleAsync(e => e.Id == found.ApproverId, cancellationToken), request.Approver);
        switch (choice)
        {
            case DecisionPurpose.Approve:
                request.Approve(approver, comment, LeaveChannel.EmailLink, clock);
                break;
            case DecisionPurpose.Reject:
                request.Reject(approver, comment, LeaveChannel.EmailLink, clock);
                break;
            case DecisionPurpose.ConfirmCancellation:
                await cancellations.ConfirmAsync(db, request, approver, comment, LeaveChannel.EmailLink, cancellationToken);
                break;
            default:
                request.DeclineCancellation(approver, comment, LeaveChannel.EmailLink, clock);
                break;
        }

        found.MarkUsed(clock.UtcNow);
        await db.SaveTransitionAsync(request, consequences, clock, cancellationToken);
        return request;
    }

    private async Task<(DecisionLinkCheck Check, DecisionToken? Token)> CheckAsync(LeaveDbContext db, string? plain, bool tracked, CancellationToken cancellationToken)
    {
        var hash = DecisionToken.HashOf(plain);
        if (hash is null)
        {
            return (Refused(LinkProblem.Malformed, "This link is incomplete or damaged. Open it again from the email (copy the whole address), or decide in your inbox."), null);
        }

        var tokens = tracked ? db.DecisionTokens : db.DecisionTokens.AsNoTracking();
        var token = await tokens
            .Include(t => t.Request).ThenInclude(r => r.Requester)
            .Include(t => t.Request).ThenInclude(r => r.Approver)
            .SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (token is null)
        {
            return (Refused(LinkProblem.Unknown, "This link is not one we sent, or it was copied incorrectly. Decide in your inbox instead."), null);
        }

        var request = token.Request;
        if (token.UsedAt is not null)
        {
            return (Refused(LinkProblem.Used, $"This link has already been used: {request.Reference} was {request.DescribeOutcome(clock)}.", request, token), token);
        }

        if (ClosedMessage(request, token) is { } closed)
        {
            return (Refused(LinkProblem.Closed, closed, request, token), token);
        }

        // A link sent to a delegate keeps working after the delegation ends, while the request stays with the approver they stood in for.
        if ((token.OnBehalfOfId ?? token.ApproverId) != request.ApproverId)
        {
            return (Refused(LinkProblem.HandedOver, await HandedOverMessageAsync(db, request, cancellationToken), request, token), token);
        }

        if (!request.Approver.IsActive)
        {
            return (Refused(LinkProblem.ApproverInactive, $"This link was sent to {request.Approver.DisplayName}, whose account is no longer active, so it cannot decide {request.Reference}. Ask an admin for help.", request, token), token);
        }

        if (token.OnBehalfOfId is not null && await db.Employees.AsNoTracking().SingleAsync(e => e.Id == token.ApproverId, cancellationToken) is { IsActive: false } standIn)
        {
            return (Refused(LinkProblem.ApproverInactive, $"This link was sent to {standIn.DisplayName}, whose account is no longer active, so it cannot decide {request.Reference}. {request.Approver.DisplayName} can decide it in their inbox.", request, token), token);
        }

        if (token.ExpiresAt <= clock.UtcNow)
        {
            return (Refused(LinkProblem.Expired, $"This link expired on {clock.Describe(token.ExpiresAt)}. {request.Reference} is still waiting: decide it in your inbox.", request, token), token);
        }

        return (new DecisionLinkCheck(LinkProblem.None, "", request, token.Purpose), token);
    }

    public static bool IsAboutCancelling(DecisionPurpose purpose) => purpose is DecisionPurpose.ConfirmCancellation or DecisionPurpose.DeclineCancellation;

    /// <summary>Why the link has nothing left to answer, or null while it has: a decision, or the very ask to cancel it was sent for.</summary>
    private string? ClosedMessage(LeaveRequest request, DecisionToken token)
    {
        if (!IsAboutCancelling(token.Purpose))
        {
            return request.Status == LeaveStatus.Pending ? null : $"{request.Reference} was already {request.DescribeOutcome(clock)}; there is nothing left to decide.";
        }

        if (request.Status != LeaveStatus.Approved)
        {
            return $"{request.Reference} was {request.DescribeOutcome(clock)}; there is nothing left to answer.";
        }

        return request.CancellationAskedAt is { } asked && token.IssuedAt >= asked
            ? null
            : $"The ask to cancel {request.Reference} that this link was sent for has already been answered; the leave stands as approved.";
    }

    private async Task<string> HandedOverMessageAsync(LeaveDbContext db, LeaveRequest request, CancellationToken cancellationToken)
    {
        var handedOverAt = await db.LeaveRequests.Where(r => r.Id == request.Id)
            .SelectMany(r => r.History).Where(h => h.Kind == LeaveEventKind.HandedOver)
            .OrderByDescending(h => h.Id).Select(h => (DateTimeOffset?)h.At)
            .FirstOrDefaultAsync(cancellationToken);
        var when = handedOverAt is { } at ? $" on {clock.Describe(at)}" : "";
        return $"{request.Reference} was handed over to {request.Approver.DisplayName}{when}, so this link no longer works; {request.Approver.DisplayName} decides it now.";
    }

    private static DecisionLinkCheck Refused(LinkProblem problem, string message, LeaveRequest? request = null, DecisionToken? token = null) =>
        new(problem, message, request, token?.Purpose);
}
