using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;

namespace LeaveBlazor.Tests.Support;

/// <summary>Cancelling approved leave as the requester (Alex) asks and the approver (Dana) answers, each in a fresh scope.</summary>
public static class LeaveTestDatabaseCancellations
{
    public static Task<LeaveRequest> AskToCancelAsync(this LeaveTestDatabase database, LeaveRequest request,
        string? reason = "The trip was called off.", TestPerson? requester = null, LeaveChannel channel = LeaveChannel.Web) =>
        database.InScopeAsync<CancelApprovedLeave, LeaveRequest>(
            cancel => cancel.AskAsync(request.Id, (requester ?? TestPeople.Alex).Actor, reason, channel));

    public static Task<LeaveRequest> ConfirmCancellationAsync(this LeaveTestDatabase database, LeaveRequest request,
        string? comment = null, TestPerson? approver = null, LeaveChannel channel = LeaveChannel.Web) =>
        database.InScopeAsync<CancelApprovedLeave, LeaveRequest>(
            cancel => cancel.ConfirmAsync(request.Id, (approver ?? TestPeople.Dana).Actor, comment, channel));

    public static Task<LeaveRequest> DeclineCancellationAsync(this LeaveTestDatabase database, LeaveRequest request,
        string? reason = "We need you at the launch that week.", TestPerson? approver = null, LeaveChannel channel = LeaveChannel.Web) =>
        database.InScopeAsync<CancelApprovedLeave, LeaveRequest>(
            cancel => cancel.DeclineAsync(request.Id, (approver ?? TestPeople.Dana).Actor, reason, channel));

    /// <summary>Alex's leave from <paramref name="input"/>, approved by Dana.</summary>
    public static async Task<LeaveRequest> ApprovedAsync(this LeaveTestDatabase database, NewLeaveRequest input) =>
        await database.ApproveAsync(await database.SubmitAsync(input));
}
