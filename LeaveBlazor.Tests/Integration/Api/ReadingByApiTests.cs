using System.Net;
using System.Text.Json;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>Reading requests from a script: one with its history, my own list by state, and the approver's inbox.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ReadingByApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Request_is_read_with_its_state_and_dates()
    {
        var request = await app.AlexAsksDanaAsync();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var body = await (await alex.GetAsync($"/api/leave-requests/{request.Reference}")).ReadJsonAsync();

        Assert.Equal((request.Reference, "Pending", "Annual", request.FirstDay.ToString("yyyy-MM-dd"), "Family visit"),
            (body.GetProperty("ref").GetString(), body.GetProperty("state").GetString(), body.GetProperty("type").GetString(),
                body.GetProperty("firstDay").GetString(), body.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Decided_request_shows_the_decision_in_its_history()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        (await dana.PostJsonAsync($"/api/leave-requests/{request.Reference}/approve", new { comment = "Enjoy" })).Dispose();

        var body = await (await dana.GetAsync($"/api/leave-requests/{request.Reference}")).ReadJsonAsync();

        var last = body.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("Approved", "Dana Manager", "Api", "Enjoy", true),
            (last.GetProperty("what").GetString(), last.GetProperty("who").GetString(), last.GetProperty("channel").GetString(),
                last.GetProperty("comment").GetString(), last.GetProperty("when").TryGetDateTimeOffset(out _)));
    }

    [Fact]
    public async Task Decided_request_says_its_outcome()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        (await dana.PostJsonAsync($"/api/leave-requests/{request.Reference}/reject", new { comment = "Release week" })).Dispose();

        var body = await (await dana.GetAsync($"/api/leave-requests/{request.Reference}")).ReadJsonAsync();

        Assert.Equal(("Rejected", "Dana Manager", "Release week"),
            (body.GetProperty("state").GetString(), body.GetProperty("decidedBy").GetString(), body.GetProperty("decisionComment").GetString()));
    }

    [Fact]
    public async Task Unknown_reference_is_not_found_with_a_problem()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var problem = await (await alex.GetAsync("/api/leave-requests/LR-2099-99999")).ReadProblemAsync();

        Assert.Equal((404, "application/problem+json", "There is no leave request LR-2099-99999 that you can see."),
            (problem.Status, problem.ContentType, problem.Detail));
    }

    [Fact]
    public async Task Someone_elses_request_answers_exactly_like_a_missing_one()
    {
        var request = await app.AlexAsksDanaAsync();
        var sam = await app.ClientAsync(LeaveApp.SamEmail);

        var problem = await (await sam.GetAsync($"/api/leave-requests/{request.Reference}")).ReadProblemAsync();

        Assert.Equal((404, $"There is no leave request {request.Reference} that you can see."), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task My_list_holds_my_requests_only()
    {
        await app.AlexAsksDanaAsync();
        var sam = await app.ClientAsync(LeaveApp.SamEmail);
        (await sam.PostJsonAsync("/api/leave-requests", app.NewRequestBody())).Dispose();

        var mine = await (await sam.GetAsync("/api/leave-requests")).ReadJsonAsync();

        NonEmpty.All(mine.EnumerateArray(), r => Assert.Equal(LeaveApp.SamEmail, r.GetProperty("requester").GetProperty("email").GetString()));
    }

    [Fact]
    public async Task State_filter_keeps_only_requests_in_that_state()
    {
        var approved = await app.AlexAsksDanaAsync();
        var pending = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        (await dana.PostEmptyAsync($"/api/leave-requests/{approved.Reference}/approve")).Dispose();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var list = await (await alex.GetAsync("/api/leave-requests?state=Pending")).ReadJsonAsync();

        Assert.Equal((true, false), (References(list).Contains(pending.Reference), References(list).Contains(approved.Reference)));
    }

    [Fact]
    public async Task State_filter_ignores_case()
    {
        var approved = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        (await dana.PostEmptyAsync($"/api/leave-requests/{approved.Reference}/approve")).Dispose();
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var list = await (await alex.GetAsync("/api/leave-requests?state=approved")).ReadJsonAsync();

        Assert.Contains(approved.Reference, References(list));
    }

    [Fact]
    public async Task Unknown_state_is_refused_listing_the_valid_ones()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var problem = await (await alex.GetAsync("/api/leave-requests?state=Done")).ReadProblemAsync();

        Assert.Equal((400, "'Done' is not a state: use one of Pending, Approved, Rejected, Cancelled, or leave it out for all."),
            (problem.Status, problem.ErrorFor("state")));
    }

    [Fact]
    public async Task Inbox_lists_what_waits_for_the_approver_oldest_first()
    {
        var older = await app.AlexAsksDanaAsync();
        var newer = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        var inbox = References(await (await dana.GetAsync("/api/inbox")).ReadJsonAsync());

        Assert.True(inbox.IndexOf(older.Reference) is >= 0 and var at && at < inbox.IndexOf(newer.Reference));
    }

    [Fact]
    public async Task Inbox_leaves_out_decided_requests()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        (await dana.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve")).Dispose();

        var inbox = References(await (await dana.GetAsync("/api/inbox")).ReadJsonAsync());

        Assert.DoesNotContain(request.Reference, inbox);
    }

    [Fact]
    public async Task Inbox_of_someone_nobody_asked_is_empty()
    {
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        using var response = await admin.GetAsync("/api/inbox");

        Assert.Equal((HttpStatusCode.OK, 0), (response.StatusCode, (await response.ReadJsonAsync()).GetArrayLength()));
    }

    private static List<string> References(JsonElement list) =>
        [.. list.EnumerateArray().Select(r => r.GetProperty("ref").GetString()!)];
}
