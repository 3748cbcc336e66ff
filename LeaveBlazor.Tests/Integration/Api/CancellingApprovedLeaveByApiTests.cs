using System.Net;
using System.Text.Json;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>Cancelling approved leave from a script: the requester asks, the approver confirms or declines; who may, and what is refused.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class CancellingApprovedLeaveByApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Requester_asks_and_the_approver_sees_the_ask()
    {
        var leave = await ApprovedAsync();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var asked = await alex.PostJsonAsync($"/api/leave-requests/{leave.Reference}/cancellation", new { comment = "Trip called off" });

        var details = await (await (await app.ClientAsync(LeaveApp.DanaEmail)).GetAsync($"/api/leave-requests/{leave.Reference}")).ReadJsonAsync();
        Assert.Equal((HttpStatusCode.OK, "Cancellation asked for: Dana Manager confirms or declines", "Trip called off", "CancellationAsked"),
            (asked.StatusCode, (await asked.ReadJsonAsync()).GetProperty("status").GetString(), details.GetProperty("cancellationReason").GetString(),
                details.GetProperty("history").EnumerateArray().Last().GetProperty("what").GetString()));
    }

    [Fact]
    public async Task Approver_confirms_and_the_leave_is_cancelled()
    {
        var leave = await AskedAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostEmptyAsync($"/api/leave-requests/{leave.Reference}/cancellation/approve");

        var body = await response.ReadJsonAsync();
        Assert.Equal((HttpStatusCode.OK, "Cancelled", false), (response.StatusCode, body.GetProperty("state").GetString(), body.GetProperty("cancellationWaiting").GetBoolean()));
    }

    [Fact]
    public async Task Approver_declines_with_a_reason_and_the_leave_stands()
    {
        var leave = await AskedAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostJsonAsync($"/api/leave-requests/{leave.Reference}/cancellation/decline", new { comment = "Launch week" });

        var body = await response.ReadJsonAsync();
        Assert.Equal(("Approved", "Cancellation declined: the leave stands as approved"), (body.GetProperty("state").GetString(), body.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Declining_without_a_reason_is_an_error_on_comment()
    {
        var leave = await AskedAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostEmptyAsync($"/api/leave-requests/{leave.Reference}/cancellation/decline");

        Assert.Equal((HttpStatusCode.BadRequest, "Give a reason for declining, so Alex Employee knows why the leave stands."),
            (response.StatusCode, (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("comment")[0].GetString()));
    }

    [Fact]
    public async Task The_requester_cannot_answer_their_own_ask()
    {
        var leave = await AskedAsync();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostEmptyAsync($"/api/leave-requests/{leave.Reference}/cancellation/approve");

        Assert.Equal((HttpStatusCode.Forbidden, $"Only Dana Manager, the approver of {leave.Reference}, can answer the ask to cancel it."),
            (response.StatusCode, Detail(await response.ReadJsonAsync())));
    }

    [Fact]
    public async Task The_approver_cannot_ask_in_the_requesters_place()
    {
        var leave = await ApprovedAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostEmptyAsync($"/api/leave-requests/{leave.Reference}/cancellation");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Someone_who_cannot_see_the_request_gets_404()
    {
        var leave = await ApprovedAsync();
        var sam = await app.ClientAsync(LeaveApp.SamEmail);

        using var response = await sam.PostEmptyAsync($"/api/leave-requests/{leave.Reference}/cancellation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Asking_twice_is_a_conflict()
    {
        var leave = await AskedAsync();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostEmptyAsync($"/api/leave-requests/{leave.Reference}/cancellation");

        Assert.Equal((HttpStatusCode.Conflict, "Not possible now"), (response.StatusCode, (await response.ReadJsonAsync()).GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_pending_request_is_cancelled_not_asked_about()
    {
        var request = await app.AlexAsksDanaAsync();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostEmptyAsync($"/api/leave-requests/{request.Reference}/cancellation");

        Assert.Equal((HttpStatusCode.Conflict, $"{request.Reference} is still waiting for a decision: cancel it straight away instead of asking."),
            (response.StatusCode, Detail(await response.ReadJsonAsync())));
    }

    private async Task<LeaveRequest> ApprovedAsync()
    {
        var request = await app.AlexAsksDanaAsync();
        (await (await app.ClientAsync(LeaveApp.DanaEmail)).PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve")).Dispose();
        return request;
    }

    private async Task<LeaveRequest> AskedAsync()
    {
        var leave = await ApprovedAsync();
        (await (await app.ClientAsync(LeaveApp.AlexEmail)).PostEmptyAsync($"/api/leave-requests/{leave.Reference}/cancellation")).Dispose();
        return leave;
    }

    private static string? Detail(JsonElement problem) => problem.GetProperty("detail").GetString();
}
