using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Web.Api;

/// <summary><c>/api/inbox</c>: the requests waiting for the caller's decision, as on the Inbox page.</summary>
public static class InboxEndpoints
{
    public static RouteGroupBuilder MapInboxEndpoints(this RouteGroupBuilder inbox)
    {
        inbox.MapGet("/", WaitingAsync)
            .WithName("Inbox")
            .WithSummary("List the requests waiting for my decision")
            .WithDescription("Pending requests whose approver is you, oldest first. Approvers and admins only, as the Inbox page.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return inbox;
    }

    private static async Task<LeaveRequestListItem[]> WaitingAsync(ApiCaller caller, LeaveRequestQueries queries, CancellationToken cancellationToken) =>
        [.. (await queries.AwaitingDecisionAsync(caller.Employee.Id, cancellationToken)).Select(LeaveRequestListItem.From)];
}
