using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Core.Workflow;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LeaveBlazor.Web.Api;

/// <summary><c>/api/leave-requests</c>: ask for leave, read requests, and approve, reject or cancel one, through Core's operations.</summary>
public static class LeaveRequestEndpoints
{
    public static RouteGroupBuilder MapLeaveRequestEndpoints(this RouteGroupBuilder requests)
    {
        requests.MapPost("/", SubmitAsync)
            .WithName("SubmitLeaveRequest")
            .WithSummary("Ask for leave")
            .WithDescription("The approver is your manager unless approverEmail names another approver. Answers 201 with the new request's reference.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesBodyProblems();

        requests.MapGet("/", MineAsync)
            .WithName("MyLeaveRequests")
            .WithSummary("List my requests")
            .WithDescription("Newest first; ?state=Pending (or Approved, Rejected, Cancelled) keeps only those." + ApiPaging.Description)
            .ProducesValidationProblem();

        requests.MapGet("/{ref}", FindAsync)
            .WithName("GetLeaveRequest")
            .WithSummary("Read one request with its state and history")
            .WithDescription("Your own requests, those you approve, and every request for admins; any other reference answers 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        requests.MapPost("/{ref}/approve", ApproveAsync)
            .WithName("ApproveLeaveRequest")
            .WithSummary("Approve a request waiting for you")
            .WithDescription("Only the request's approver can; the body and its comment are optional.")
            .ProducesDecisionProblems()
            .ProducesBodyProblems();

        requests.MapPost("/{ref}/reject", RejectAsync)
            .WithName("RejectLeaveRequest")
            .WithSummary("Reject a request waiting for you")
            .WithDescription("Only the request's approver can, and must give the reason as comment.")
            .ProducesDecisionProblems()
            .ProducesBodyProblems();

        requests.MapPost("/{ref}/cancel", CancelAsync)
            .WithName("CancelLeaveRequest")
            .WithSummary("Cancel my pending request")
            .WithDescription("Only the person who asked can, while no decision is made.")
            .ProducesDecisionProblems();

        return requests;
    }

    private static async Task<Created<SubmittedLeaveRequest>> SubmitAsync(
        NewLeaveRequestBody body, ApiCaller caller, SubmitLeaveRequest submit, CancellationToken cancellationToken)
    {
        var request = await submit.ExecuteAsync(caller.Employee.Id, body.ToNewLeaveRequest(), LeaveChannel.Api, cancellationToken);
        return TypedResults.Created($"/api/leave-requests/{request.Reference}", SubmittedLeaveRequest.From(request));
    }

    private static async Task<Results<Ok<LeaveRequestListItem[]>, ValidationProblem>> MineAsync(
        string? state, string? page, string? pageSize, ApiCaller caller, LeaveRequestQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var asked = ApiPaging.Read(page, pageSize, errors);
        LeaveStatus? status = null;
        if (!string.IsNullOrEmpty(state))
        {
            var name = Enum.GetNames<LeaveStatus>().FirstOrDefault(n => n.Equals(state, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                errors.Add("State", $"'{state}' is not a state: use one of {string.Join(", ", Enum.GetNames<LeaveStatus>())}, or leave it out for all.");
            }
            else
            {
                status = Enum.Parse<LeaveStatus>(name);
            }
        }

        errors.ThrowIfAny();
        var mine = await queries.MineAsync(caller.Employee.Id, status, asked, cancellationToken);
        ApiPaging.Describe(http, asked, mine.Total);
        return TypedResults.Ok(mine.Items.Select(LeaveRequestListItem.From).ToArray());
    }

    private static async Task<Ok<LeaveRequestDetails>> FindAsync(
        [FromRoute(Name = "ref")] string reference, ApiCaller caller, LeaveRequestQueries queries, LeaveClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(LeaveRequestDetails.From(await VisibleAsync(reference, caller, queries, cancellationToken), clock));

    private static async Task<Ok<LeaveStateChange>> ApproveAsync(
        [FromRoute(Name = "ref")] string reference, DecisionBody? body, ApiCaller caller, LeaveRequestQueries queries,
        DecideLeaveRequest decide, LeaveClock clock, CancellationToken cancellationToken)
    {
        var id = await VisibleIdAsync(reference, caller, queries, cancellationToken);
        return TypedResults.Ok(LeaveStateChange.From(await decide.ApproveAsync(id, caller.Actor, body?.Comment, LeaveChannel.Api, cancellationToken), clock));
    }

    private static async Task<Ok<LeaveStateChange>> RejectAsync(
        [FromRoute(Name = "ref")] string reference, DecisionBody? body, ApiCaller caller, LeaveRequestQueries queries,
        DecideLeaveRequest decide, LeaveClock clock, CancellationToken cancellationToken)
    {
        var id = await VisibleIdAsync(reference, caller, queries, cancellationToken);
        return TypedResults.Ok(LeaveStateChange.From(await decide.RejectAsync(id, caller.Actor, body?.Comment, LeaveChannel.Api, cancellationToken), clock));
    }

    private static async Task<Ok<LeaveStateChange>> CancelAsync(
        [FromRoute(Name = "ref")] string reference, ApiCaller caller, LeaveRequestQueries queries,
        CancelLeaveRequest cancel, LeaveClock clock, CancellationToken cancellationToken)
    {
        var id = await VisibleIdAsync(reference, caller, queries, cancellationToken);
        return TypedResults.Ok(LeaveStateChange.From(await cancel.ExecuteAsync(id, caller.Actor, LeaveChannel.Api, cancellationToken), clock));
    }

    /// <summary>A request the caller cannot see answers 404 like a missing one (<see cref="LeaveRuleProblems"/>).</summary>
    private static async Task<LeaveRequest> VisibleAsync(string reference, ApiCaller caller, LeaveRequestQueries queries, CancellationToken cancellationToken) =>
        await queries.FindAsync(reference, caller.Viewer, cancellationToken) ?? throw new LeaveRequestNotFoundException(reference);

    /// <summary><see cref="VisibleAsync"/> for a change, which loads the request itself.</summary>
    private static async Task<Guid> VisibleIdAsync(string reference, ApiCaller caller, LeaveRequestQueries queries, CancellationToken cancellationToken) =>
        await queries.FindIdAsync(reference, caller.Viewer, cancellationToken) ?? throw new LeaveRequestNotFoundException(reference);

    private static RouteHandlerBuilder ProducesDecisionProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    private static RouteHandlerBuilder ProducesBodyProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
