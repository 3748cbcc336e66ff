using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Web.Api;

/// <summary><c>/api/inbox</c>: the requests waiting for the caller's decision, as on the Inbox page.</summary>
public static class InboxEndpoints
{
    public static RouteGroupBuilder MapInboxEndpoints(this RouteGroupBuilder inbox)
    {
        inbox.MapGet("/", WaitingAsync)
            .WithName("Inbox")
            .WithSummary("List the requests waiting for my decision")
            .WithDescription("Pending requests whose approver is you, oldest first. Approvers and admins only, as the Inbox page." + ApiPaging.Description)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return inbox;
    }

    private static async Task<LeaveRequestListItem[]> WaitingAsync(
        string? page, string? pageSize, ApiCaller caller, LeaveRequestQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var asked = ApiPaging.Read(page, pageSize, errors);
        errors.ThrowIfAny();
        var waiting = await queries.AwaitingDecisionAsync(caller.Employee.Id, asked, cancellationToken);
        ApiPaging.Describe(http, asked, waiting.Total);
        return [.. waiting.Items.Select(LeaveRequestListItem.From)];
    }
}
