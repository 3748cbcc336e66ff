using System.ComponentModel;
using LeaveBlazor.Core.Workflow;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeaveBlazor.Web.Api;

/// <summary><c>/api/me/delegation</c>: an approver names a stand-in, reads or ends it, through <see cref="DelegateApprovals"/> as the Delegation page does.</summary>
public static class DelegationEndpoints
{
    public static RouteGroupBuilder MapMyDelegationEndpoints(this RouteGroupBuilder me)
    {
        me.MapGet("/delegation", CurrentAsync)
            .WithName("MyDelegation")
            .WithSummary("Read who stands in for me")
            .WithDescription("404 when nobody does.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        me.MapPut("/delegation", SetAsync)
            .WithName("SetMyDelegation")
            .WithSummary("Name who stands in for me")
            .WithDescription("For approvers. Meanwhile new requests, reminders and escalations go to the delegate and you get a copy; the delegate decides "
                + "\"on behalf of\" you. Give from and to (from today on, at most a year), or whileOnLeave: true to have them stand in on the days of your approved leave. "
                + "The delegate must be an active approver other than you, and must not have you standing in for them. Naming again replaces the delegate.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        me.MapDelete("/delegation", EndAsync)
            .WithName("EndMyDelegation")
            .WithSummary("End my delegation")
            .WithDescription("Requests come to you again at once. Links already emailed to the delegate keep working. 404 when nobody stood in for you.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return me;
    }

    private static async Task<Results<Ok<DelegationView>, ProblemHttpResult>> CurrentAsync(ApiCaller caller, DelegateApprovals delegations, CancellationToken cancellationToken) =>
        await delegations.CurrentAsync(caller.Employee.Id, cancellationToken) is { } current ? TypedResults.Ok(current) : NobodyStandsIn();

    private static async Task<Ok<DelegationView>> SetAsync(DelegationBody body, ApiCaller caller, DelegateApprovals delegations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await delegations.SetAsync(caller.Employee.Id, new DelegationDraft(body.DelegateEmail, body.From, body.To, body.WhileOnLeave ?? false), cancellationToken));

    private static async Task<Results<NoContent, ProblemHttpResult>> EndAsync(ApiCaller caller, DelegateApprovals delegations, CancellationToken cancellationToken) =>
        await delegations.EndAsync(caller.Employee.Id, cancellationToken) ? TypedResults.NoContent() : NobodyStandsIn();

    private static ProblemHttpResult NobodyStandsIn() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No delegation", detail: "Nobody stands in for you: PUT /api/me/delegation to name someone.");
}

/// <summary>The body naming a stand-in.</summary>
public sealed record DelegationBody(
    [property: Description("The email of an active approver who stands in for you.")] string? DelegateEmail,
    [property: Description("The first day they stand in, yyyy-mm-dd (today or later). Leave out with whileOnLeave.")] DateOnly? From,
    [property: Description("The last day they stand in, yyyy-mm-dd (at most a year after from). Leave out with whileOnLeave.")] DateOnly? To,
    [property: Description("true: they stand in on the days of your approved leave, instead of from–to.")] bool? WhileOnLeave);
