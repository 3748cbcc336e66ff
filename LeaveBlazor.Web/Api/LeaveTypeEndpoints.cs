using System.ComponentModel;
using LeaveBlazor.Core.Policies;

namespace LeaveBlazor.Web.Api;

/// <summary><c>/api/leave-types</c>: the leave types a person can ask for, with what a form needs to know about each.</summary>
public static class LeaveTypeEndpoints
{
    public static RouteGroupBuilder MapLeaveTypeEndpoints(this RouteGroupBuilder types)
    {
        types.MapGet("/", ActiveAsync)
            .WithName("LeaveTypes")
            .WithSummary("List the leave types I can ask for")
            .WithDescription("The active types, in the order the form offers them; use a name as the type of a new request. Retired types are left out.");
        return types;
    }

    private static async Task<LeaveTypeView[]> ActiveAsync(LeavePolicies policies, CancellationToken cancellationToken) =>
        [.. (await policies.ActiveAsync(cancellationToken)).Select(LeaveTypeView.From)];
}

/// <summary>A leave type as a form needs it.</summary>
public sealed record LeaveTypeView(
    [property: Description("The type's name, to send as the type of a new request.")] string Name,
    [property: Description("#rrggbb.")] string Colour,
    [property: Description("False: half days at the start or end are refused.")] bool HalfDaysAllowed,
    [property: Description("How many days ahead the first day must be; 0: leave can start today.")] int MinimumNoticeDays,
    [property: Description("False: the request is approved as it is recorded, and the approver is told.")] bool NeedsApproval,
    [property: Description("Whether the days count against a yearly allowance.")] bool CountsAgainstAllowance)
{
    public static LeaveTypeView From(LeavePolicy policy) => new(
        policy.Name, policy.Colour, policy.HalfDaysAllowed, policy.MinimumNoticeDays, policy.NeedsApproval, policy.CountsAgainstAllowance);
}
