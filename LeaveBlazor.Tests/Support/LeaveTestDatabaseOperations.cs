using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Support;

/// <summary>The Core operations, each run in a fresh scope as a web request or a job would run it.</summary>
public static class LeaveTestDatabaseOperations
{
    public static Task<LeaveRequest> SubmitAsync(this LeaveTestDatabase database, NewLeaveRequest input,
        TestPerson? requester = null, LeaveChannel channel = LeaveChannel.Web) =>
        database.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(
            submit => submit.ExecuteAsync((requester ?? TestPeople.Alex).Id, input, channel));

    public static Task<LeaveRequest> ApproveAsync(this LeaveTestDatabase database, LeaveRequest request,
        TestPerson? approver = null, string? comment = null, LeaveChannel channel = LeaveChannel.Web) =>
        database.InScopeAsync<DecideLeaveRequest, LeaveRequest>(
            decide => decide.ApproveAsync(request.Id, (approver ?? TestPeople.Dana).Actor, comment, channel));

    public static Task<LeaveRequest> RejectAsync(this LeaveTestDatabase database, LeaveRequest request,
        string? reason = "Too many people are away that week.", TestPerson? approver = null, LeaveChannel channel = LeaveChannel.Web) =>
        database.InScopeAsync<DecideLeaveRequest, LeaveRequest>(
            decide => decide.RejectAsync(request.Id, (approver ?? TestPeople.Dana).Actor, reason, channel));

    public static Task<LeaveRequest> CancelAsync(this LeaveTestDatabase database, LeaveRequest request,
        TestPerson? requester = null, LeaveChannel channel = LeaveChannel.Web) =>
        database.InScopeAsync<CancelLeaveRequest, LeaveRequest>(
            cancel => cancel.ExecuteAsync(request.Id, (requester ?? TestPeople.Alex).Actor, channel));

    /// <summary>The request as stored now, with its history in order, seen by an admin.</summary>
    public static async Task<LeaveRequest> ReloadAsync(this LeaveTestDatabase database, LeaveRequest request) =>
        await database.InScopeAsync<LeaveRequestQueries, LeaveRequest?>(
            queries => queries.FindAsync(request.Reference, new Viewer("test-admin", IsAdmin: true)))
        ?? throw new InvalidOperationException($"{request.Reference} is not in the database.");
}
