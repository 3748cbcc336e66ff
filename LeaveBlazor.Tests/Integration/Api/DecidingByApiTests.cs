using System.Net;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Integration.Api;

[Collection(LeaveAppCollection.Name)]
public sealed class DecidingByApiTests(ApiApp app) : DecidingByApi<ApiApp>(app);

[Collection(LeaveAppCollection.Name)]
public sealed class DecidingByApiOnPostgreSqlTests(ApiAppOnPostgreSql app) : DecidingByApi<ApiAppOnPostgreSql>(app);

/// <summary>Approve, reject and cancel from a script: the new state, or why not (409 names who decided and when).</summary>
public abstract class DecidingByApi<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ApiApp
{
    [Fact]
    public async Task Approver_approves_with_a_comment()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostJsonAsync($"/api/leave-requests/{request.Reference}/approve", new { comment = "Enjoy" });

        var body = await response.ReadJsonAsync();
        Assert.Equal((HttpStatusCode.OK, "Approved", "Dana Manager", "Enjoy"),
            (response.StatusCode, body.GetProperty("state").GetString(), body.GetProperty("decidedBy").GetString(), body.GetProperty("comment").GetString()));
    }

    [Fact]
    public async Task Approve_needs_no_body()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve");

        Assert.Equal("Approved", (await response.ReadJsonAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Approval_is_saved()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        (await dana.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve")).Dispose();

        var alex = await app.ClientAsync(LeaveApp.AlexEmail);
        var saved = await (await alex.GetAsync($"/api/leave-requests/{request.Reference}")).ReadJsonAsync();
        Assert.Equal("Approved", saved.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Approver_rejects_with_a_reason()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostJsonAsync($"/api/leave-requests/{request.Reference}/reject", new { comment = "Release week" });

        var body = await response.ReadJsonAsync();
        Assert.Equal(("Rejected", "Leave request rejected"), (body.GetProperty("state").GetString(), body.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Reject_without_a_reason_is_an_error_on_comment()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostEmptyAsync($"/api/leave-requests/{request.Reference}/reject");

        var problem = await response.ReadProblemAsync();
        Assert.Equal((400, "Give a reason for rejecting, so Alex Employee knows why."), (problem.Status, problem.ErrorFor("comment")));
    }

    [Fact]
    public async Task Comment_longer_than_allowed_is_an_error_on_comment()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostJsonAsync($"/api/leave-requests/{request.Reference}/approve", new { comment = new string('x', 1001) });

        Assert.Equal(["Keep the comment to 1000 characters; it has 1001."], (await response.ReadProblemAsync()).ErrorsFor("comment"));
    }

    [Fact]
    public async Task Second_decision_conflicts_naming_who_decided()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        (await dana.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve")).Dispose();

        using var response = await dana.PostJsonAsync($"/api/leave-requests/{request.Reference}/reject", new { comment = "Changed my mind" });

        var problem = await response.ReadProblemAsync();
        Assert.Equal((409, true, true), (problem.Status,
            problem.Detail!.StartsWith($"{request.Reference} was already approved by Dana Manager on ", StringComparison.Ordinal),
            problem.Detail.EndsWith("; there is nothing left to decide.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Conflict_gives_the_state_decider_and_time_as_fields()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        using var approved = await dana.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve");
        var decidedAt = (await approved.ReadJsonAsync()).GetProperty("decidedAt").GetDateTimeOffset();

        var body = (await (await dana.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve")).ReadProblemAsync()).Body;

        Assert.Equal(("Approved", "Dana Manager", decidedAt.ToUnixTimeMilliseconds()),
            (body.GetProperty("state").GetString(), body.GetProperty("decidedBy").GetString(), body.GetProperty("decidedAt").GetDateTimeOffset().ToUnixTimeMilliseconds()));
    }

    [Fact]
    public async Task Decision_after_cancel_conflicts_saying_the_requester_cancelled()
    {
        var request = await app.AlexAsksDanaAsync();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);
        (await alex.PostEmptyAsync($"/api/leave-requests/{request.Reference}/cancel")).Dispose();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        var problem = await (await dana.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve")).ReadProblemAsync();

        Assert.Equal((409, true), (problem.Status, problem.Detail!.Contains("cancelled by the requester, Alex Employee", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Requester_cancels_a_pending_request()
    {
        var request = await app.AlexAsksDanaAsync();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostEmptyAsync($"/api/leave-requests/{request.Reference}/cancel");

        Assert.Equal((HttpStatusCode.OK, "Cancelled"), (response.StatusCode, (await response.ReadJsonAsync()).GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Cancel_after_approval_conflicts()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        (await dana.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve")).Dispose();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var problem = await (await alex.PostEmptyAsync($"/api/leave-requests/{request.Reference}/cancel")).ReadProblemAsync();

        Assert.Equal((409, true), (problem.Status, problem.Detail!.EndsWith("it can no longer be cancelled.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Requester_approving_their_own_request_is_forbidden_with_the_reason()
    {
        var request = await app.AlexAsksDanaAsync();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var problem = await (await alex.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve")).ReadProblemAsync();

        Assert.Equal((403, $"Only Dana Manager, the approver of {request.Reference}, can decide it."), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task Someone_elses_request_cannot_be_decided_nor_seen()
    {
        var request = await app.AlexAsksDanaAsync();
        var sam = await app.ClientAsync(LeaveApp.SamEmail);

        var problem = await (await sam.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve")).ReadProblemAsync();

        Assert.Equal((404, $"There is no leave request {request.Reference} that you can see."), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task Refused_decision_leaves_the_request_pending()
    {
        var request = await app.AlexAsksDanaAsync();
        var sam = await app.ClientAsync(LeaveApp.SamEmail);

        (await sam.PostJsonAsync($"/api/leave-requests/{request.Reference}/reject", new { comment = "No" })).Dispose();

        var saved = await app.InScopeAsync<LeaveRequestQueries, LeaveRequest?>(q => q.FindAsync(request.Reference, new Viewer(request.RequesterId, false)));
        Assert.Equal(LeaveStatus.Pending, saved?.Status);
    }

    [Fact]
    public async Task Deciding_an_unknown_reference_is_not_found()
    {
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PostEmptyAsync("/api/leave-requests/LR-2099-99999/approve");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
