using System.Net;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>The API app with three requests Alex asked Dana for, one after another.</summary>
public sealed class ThreeRequestsApp : ApiApp
{
    public List<string> NewestFirst { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        for (var i = 0; i < 3; i++)
        {
            NewestFirst.Insert(0, (await AlexAsksDanaAsync()).Reference);
        }
    }
}

/// <summary>
/// The API's lists come a page at a time: ?page and ?pageSize choose it, X-Total-Count says how many there are, Link
/// names the next page while there is one, and a page or size out of range is refused with the field named.
/// Alex asks Dana three times in this class's own app.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class PagedListsByApiTests(ThreeRequestsApp app) : IClassFixture<ThreeRequestsApp>
{
    private readonly List<string> _newestFirst = app.NewestFirst;

    [Fact]
    public async Task First_page_holds_the_newest_and_names_the_next()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.GetAsync("/api/leave-requests?pageSize=2");
        var references = (await response.ReadJsonAsync()).EnumerateArray().Select(r => r.GetProperty("ref").GetString());

        Assert.Equal((string.Join(" ", _newestFirst.Take(2)), "3", "</api/leave-requests?pageSize=2&page=2>; rel=\"next\""),
            (string.Join(" ", references), response.Headers.GetValues("X-Total-Count").Single(), response.Headers.GetValues("Link").Single()));
    }

    [Fact]
    public async Task Last_page_holds_the_rest_and_names_no_next()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.GetAsync("/api/leave-requests?page=2&pageSize=2");
        var references = (await response.ReadJsonAsync()).EnumerateArray().Select(r => r.GetProperty("ref").GetString());

        Assert.Equal((_newestFirst[2], false), (string.Join(" ", references), response.Headers.Contains("Link")));
    }

    [Fact]
    public async Task Inbox_is_paged_the_same_way_oldest_first()
    {
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.GetAsync("/api/inbox?pageSize=1&page=3");
        var references = (await response.ReadJsonAsync()).EnumerateArray().Select(r => r.GetProperty("ref").GetString());

        Assert.Equal((_newestFirst[0], "3"), (string.Join(" ", references), response.Headers.GetValues("X-Total-Count").Single()));
    }

    [Theory]
    [InlineData("/api/leave-requests?page=0", "page", "page must be a whole number from 1 up")]
    [InlineData("/api/leave-requests?page=two", "page", "page must be a whole number from 1 up")]
    [InlineData("/api/leave-requests?pageSize=201", "pageSize", "pageSize must be a whole number from 1 to 200")]
    [InlineData("/api/leave-requests?pageSize=-1", "pageSize", "pageSize must be a whole number from 1 to 200")]
    [InlineData("/api/inbox?pageSize=0", "pageSize", "pageSize must be a whole number from 1 to 200")]
    [InlineData("/api/inbox?page=99999999999", "page", "page must be a whole number from 1 up")]
    public async Task Page_or_size_out_of_range_is_refused_naming_the_field(string path, string field, string message)
    {
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        var problem = await (await dana.GetAsync(path)).ReadProblemAsync();

        Assert.Equal((400, true), (problem.Status, problem.ErrorFor(field).StartsWith(message, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Page_past_the_end_is_empty_with_the_total()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.GetAsync("/api/leave-requests?page=5");

        Assert.Equal((HttpStatusCode.OK, 0, "3"),
            (response.StatusCode, (await response.ReadJsonAsync()).GetArrayLength(), response.Headers.GetValues("X-Total-Count").Single()));
    }
}
