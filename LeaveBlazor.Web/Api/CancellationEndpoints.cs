using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LeaveBlazor.Web.Api;

/// <summary>
/// <c>/api/leave-requests/{ref}/cancellation</c>: the requester asks to cancel approved leave, the approver confirms or
/// declines, through <see cref="CancelApprovedLeave"/> as the inbox and the emailed links do.
/// </summary>
public static class CancellationEndpoints
{
    public static RouteGroupBuilder MapCancellationEndpoints(this RouteGroupBuilder requests)
    {
        requests.MapPost("/{ref}/cancellation", AskAsync)
            .WithName("AskToCancelApprovedLeave")
            .WithSummary("Ask to cancel my approved leave")
            .WithDescription("Only the requester, for approved leave with days after today. Leave not begun is cancelled whole on confirmation; "
                + "leave under way ends on the day of confirmation. The approver is emailed Confirm and Decline links. The body's comment is an optional reason.")
            .ProducesCancellationProblems();

        requests.MapPost("/{ref}/cancellation/approve", ConfirmAsync)
            .WithName("ConfirmCancellation")
            .WithSummary("Confirm an ask to cancel approved leave")
            .WithDescription("Only the request's approver. The days go back to the requester's balance; both are emailed.")
            .ProducesCancellationProblems();

        requests.MapPost("/{ref}/cancellation/decline", DeclineAsync)
            .WithName("DeclineCancellation")
            .WithSummary("Decline an ask to cancel approved leave")
            .WithDescription("Only the request's approver, with the reason as comment. The leave stands as approved.")
            .ProducesCancellationProblems();

        return requests;
    }

    private static Task<Ok<CancellationChange>> AskAsync([FromRoute(Name = "ref")] string reference, DecisionBody? body, ApiCaller caller,
        LeaveRequestQueries queries, CancelApprovedLeave cancel, LeaveClock clock, CancellationToken cancellationToken) =>
        ChangeAsync(reference, caller, queries, clock, r => cancel.AskAsync(r.Id, caller.Actor, body?.Comment, LeaveChannel.Api, cancellationToken), cancellationToken);

    private static Task<Ok<CancellationChange>> ConfirmAsync([FromRoute(Name = "ref")] string reference, DecisionBody? body, ApiCaller caller,
        LeaveRequestQueries queries, CancelApprovedLeave cancel, LeaveClock clock, CancellationToken cancellationToken) =>
        ChangeAsync(reference, caller, queries, clock, r => cancel.ConfirmAsync(r.Id, caller.Actor, body?.Comment, LeaveChannel.Api, cancellationToken), cancellationToken);

    private static Task<Ok<CancellationChange>> DeclineAsync([FromRoute(Name = "ref")] string reference, DecisionBody? body, ApiCaller caller,
        LeaveRequestQueries queries, CancelApprovedLeave cancel, LeaveClock clock, CancellationToken cancellationToken) =>
        ChangeAsync(reference, caller, queries, clock, r => cancel.DeclineAsync(r.Id, caller.Actor, body?.Comment, LeaveChannel.Api, cancellationToken), cancellationToken);

    /// <summary>A request the caller cannot see answers 404 like a missing one (<see cref="LeaveRuleProblems"/>).</summary>
    private static async Task<Ok<CancellationChange>> ChangeAsync(string reference, ApiCaller caller, LeaveRequestQueries queries, LeaveClock clock,
        Func<LeaveRequest, Task<LeaveRequest>> change, CancellationToken cancellationToken)
    {
        var request = await queries.FindAsync(reference, caller.Viewer, cancellationToken) ?? throw new LeaveRequestNotFoundException(reference);
        return TypedResults.Ok(CancellationChange.From(await change(request), clock));
    }

    private static RouteHandlerBuilder ProducesCancellationProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}

/// <summary>The answer to asking, confirming or declining: where the leave stands now.</summary>
public sealed record CancellationChange(
    string Status, string Ref, string State, DateOnly FirstDay, DateOnly LastDay, decimal WorkingDays, bool CancellationWaiting, string? Outcome)
{
    public static CancellationChange From(LeaveRequest request, LeaveClock clock) => new(
        StatusOf(request), request.Reference, request.Status.ToString(), request.FirstDay, request.LastDay, request.WorkingDays,
        request.CancellationWaiting, LeaveRequestDetails.OutcomeOf(request, clock));

    private static string StatusOf(LeaveRequest request) => request.History[^1].Kind switch
    {
        LeaveEventKind.CancellationAsked => $"Cancellation asked for: {request.Approver.DisplayName} confirms or declines",
        LeaveEventKind.CancellationConfirmed when request.Status == LeaveStatus.Cancelled => "Cancellation confirmed: the leave is cancelled",
        LeaveEventKind.CancellationConfirmed => $"Cancellation confirmed: the leave now ends on {request.LastDay:yyyy-MM-dd}",
        _ => "Cancellation declined: the leave stands as approved",
    };
}
