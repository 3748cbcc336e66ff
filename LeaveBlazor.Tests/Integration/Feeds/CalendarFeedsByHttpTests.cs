using System.Net;
using System.Net.Http.Headers;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Integration.Api;
using static LeaveBlazor.Tests.Core.Feeds.CalendarFeedText;

namespace LeaveBlazor.Tests.Integration.Feeds;

/// <summary>
/// A calendar feed from the outside: its address asked for over the API, then fetched without sign-in as a calendar
/// app does, with its entity tag for the next fetch; a reset or a made-up address is a plain 404.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class CalendarFeedsByHttpTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Asking_for_a_feed_answers_its_address_under_the_public_base_url()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/me/calendar-feeds", new { kind = "personal" });

        var url = (await response.ReadJsonAsync()).GetProperty("url").GetString()!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^http://localhost:5289/feeds/[A-Za-z0-9_-]{43}\.ics$", url);
    }

    [Fact]
    public async Task Personal_feed_is_a_private_calendar_with_the_approved_leave()
    {
        var request = await AlexsApprovedLeaveAsync();
        var path = await FeedPathAsync(LeaveApp.AlexEmail, "personal");

        using var response = await app.CreateClient().GetAsync(path);

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal((HttpStatusCode.OK, "text/calendar; charset=utf-8", true), (response.StatusCode, response.Content.Headers.ContentType?.ToString(), response.Headers.CacheControl?.Private));
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains(Events(text), e => e.Uid == LeaveOnCalendar.Uid(request.Id) && e.Status == "CONFIRMED");
    }

    [Fact]
    public async Task Fetching_again_with_the_tag_is_answered_not_modified()
    {
        var path = await FeedPathAsync(LeaveApp.AlexEmail, "team");
        var client = app.CreateClient();
        using var first = await client.GetAsync(path);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await client.SendAsync(again);

        Assert.Equal((HttpStatusCode.NotModified, 0), (response.StatusCode, (await response.Content.ReadAsByteArrayAsync()).Length));
    }

    [Fact]
    public async Task Asking_for_the_head_only_answers_the_same_tag_as_the_feed()
    {
        var path = await FeedPathAsync(LeaveApp.AlexEmail, "personal");
        var client = app.CreateClient();
        using var feed = await client.GetAsync(path);

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal((HttpStatusCode.OK, feed.Headers.ETag), (head.StatusCode, head.Headers.ETag));
    }

    [Fact]
    public async Task Fetching_with_an_old_tag_after_a_change_gets_the_new_text()
    {
        var path = await FeedPathAsync(LeaveApp.AlexEmail, "personal");
        var client = app.CreateClient();
        using var first = await client.GetAsync(path);
        await app.AlexAsksDanaAsync();

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task Asking_again_resets_the_address_and_the_old_one_is_not_found()
    {
        var old = await FeedPathAsync(LeaveApp.SamEmail, "personal");
        var fresh = await FeedPathAsync(LeaveApp.SamEmail, "personal");
        var client = app.CreateClient();

        using var oldResponse = await client.GetAsync(old);
        using var freshResponse = await client.GetAsync(fresh);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (oldResponse.StatusCode, freshResponse.StatusCode));
    }

    [Theory]
    [InlineData("/feeds/nope.ics")]
    [InlineData("/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")]
    [InlineData("/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")]
    [InlineData("/feeds/a%2Fb%20c.ics")]
    public async Task Made_up_address_is_a_plain_not_found(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal((HttpStatusCode.NotFound, "text/plain", "Not found."),
            (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Reset_address_says_nothing_more_than_a_made_up_one()
    {
        var old = await FeedPathAsync(LeaveApp.DanaEmail, "team");
        await FeedPathAsync(LeaveApp.DanaEmail, "team");
        var client = app.CreateClient();

        using var reset = await client.GetAsync(old);
        using var madeUp = await client.GetAsync("/feeds/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB.ics");

        Assert.Equal(await madeUp.Content.ReadAsStringAsync(), await reset.Content.ReadAsStringAsync());
        Assert.Equal(madeUp.Content.Headers.ContentType, reset.Content.Headers.ContentType);
        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
    }

    [Theory]
    [InlineData("{\"kind\":\"holidays\"}", "That is not a feed kind: \"personal\" (your own leave) or \"team\" (your team, as the calendar shows it).")]
    [InlineData("{}", "Say which feed: \"personal\" (your own leave) or \"team\" (your team, as the calendar shows it).")]
    public async Task Unknown_kind_is_refused_on_its_field(string body, string message)
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var problem = await (await alex.PostAsync("/api/me/calendar-feeds", new StringContent(body, MediaTypeHeaderValue.Parse("application/json")))).ReadProblemAsync();

        Assert.Equal((400, message), (problem.Status, problem.ErrorFor("kind")));
    }

    [Fact]
    public async Task Asking_without_signing_in_is_unauthorized()
    {
        using var response = await (await app.ClientAsync(null)).PostJsonAsync("/api/me/calendar-feeds", new { kind = "personal" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> FeedPathAsync(string email, string kind)
    {
        using var response = await (await app.ClientAsync(email)).PostJsonAsync("/api/me/calendar-feeds", new { kind });
        response.EnsureSuccessStatusCode();
        return new Uri((await response.ReadJsonAsync()).GetProperty("url").GetString()!).AbsolutePath;
    }

    private async Task<LeaveRequest> AlexsApprovedLeaveAsync()
    {
        var request = await app.AlexAsksDanaAsync();
        var dana = await app.EmployeeAsync(LeaveApp.DanaEmail);
        return await app.InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.ApproveAsync(request.Id, new Actor(dana.Id, dana.DisplayName), null, LeaveChannel.Web));
    }
}
