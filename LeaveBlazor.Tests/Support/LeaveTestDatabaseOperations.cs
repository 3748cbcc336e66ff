using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Support;

/// <summary>The Core operations, each run in a fresh scope as a web request or a job would run it.</summary>
public static class LeaveTestDatabaseOperations
{
    public static Task<LeaveRequest> SubmitAsync(this LeaveTestDatabase database, NewLeaveRequest input,
        TestPerson? requester = null, LeaveChannel channel = LeaveChannel.Web) =>
        database.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(
            submit => submit.ExecuteAsync((requester ?? TestPeople.Alex).Id, input, channel));

    /// <summary>
    /// Alex asks for <paramref name="count"/> single working days (of the test people's calendar), from <paramref name="from"/> or else a week after
    /// the clock's today, of <paramref name="approver"/> or else Dana.
    /// </summary>
    public static async Task<List<LeaveRequest>> SubmitSeveralAsync(this LeaveTestDatabase database, int count, DateOnly? from = null, TestPerson? approver = null)
    {
        var requests = new List<LeaveRequest>();
        var today = DateOnly.FromDateTime(database.Time.GetUtcNow().UtcDateTime);
        var calendar = StandardCalendar.Of(database.Services);
        for (var day = from ?? today.AddDays(7); requests.Count < count; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                requests.Add(await database.SubmitAsync(LeaveInput.Annual(day, approverId: approver?.Id)));
            }
        }

        return requests;
    }

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

    /// <summary>
    /// An admin (Ada, by default) hands every pending request of <paramref name="from"/> to <paramref name="to"/>, as
    /// deactivating them does; returns how many moved.
    /// </summary>
    public static Task<int> HandOverAsync(this LeaveTestDatabase database, TestPerson from, TestPerson? to, Actor? admin = null) =>
        database.InScopeAsync<LeaveDbContext, int>(db => database.Services.GetRequiredService<HandOverPendingRequests>()
            .ExecuteAsync(db, from.Id, to?.Id, admin ?? new Actor("ada", "Ada Admin")));

    /// <summary>The request as stored now, with its history in order, seen by an admin.</summary>
    public static async Task<LeaveRequest> ReloadAsync(this LeaveTestDatabase database, LeaveRequest request) =>
        await database.InScopeAsync<LeaveRequestQueries, LeaveRequest?>(
            queries => queries.FindAsync(request.Reference, new Viewer("test-admin", IsAdmin: true)))
        ?? throw new InvalidOperationException($"{request.Reference} is not in the database.");
}
