using System.Net;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace LeaveBlazor.Tests.Integration.Feeds;

/// <summary>The app with a small feed allowance per client address (CalendarFeeds:PermitPerMinute), to see the limit at work.</summary>
public sealed class RateLimitedFeedApp : LeaveApp
{
    public const int Permit = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CalendarFeeds:PermitPerMinute", Permit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("DecisionLinks:PermitPerMinute", RateLimitedLinkApp.Permit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Each client address may fetch feeds <see cref="RateLimitedFeedApp.Permit"/> times a minute, apart from the decision pages' allowance.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class FeedRateLimitTests(RateLimitedFeedApp app) : IClassFixture<RateLimitedFeedApp>
{
    private const string Feed = "/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics";

    [Fact]
    public async Task Client_over_its_allowance_gets_too_many_requests()
    {
        var address = IPAddress.Parse("198.51.100.21");

        var statuses = new List<int>();
        for (var i = 0; i <= RateLimitedFeedApp.Permit; i++)
        {
            statuses.Add(await StatusAsync(Feed, address));
        }

        Assert.Equal([.. Enumerable.Repeat(StatusCodes.Status404NotFound, RateLimitedFeedApp.Permit), StatusCodes.Status429TooManyRequests], statuses);
    }

    [Fact]
    public async Task Fetching_feeds_leaves_the_decision_pages_allowance_alone()
    {
        var address = IPAddress.Parse("198.51.100.22");
        for (var i = 0; i <= RateLimitedFeedApp.Permit; i++)
        {
            await StatusAsync(Feed, address);
        }

        Assert.Equal(StatusCodes.Status400BadRequest, await StatusAsync("/decide/not-a-token", address));
    }

    // The test server's client has no address of its own; a request sent this way carries the one given.
    private async Task<int> StatusAsync(string path, IPAddress address) =>
        (await app.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = address;
        })).Response.StatusCode;
}
