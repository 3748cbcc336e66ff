using System.Net;
using LeaveBlazor.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace LeaveBlazor.Tests.Integration.DecisionLinks;

/// <summary>
/// Each client address may open link pages <see cref="RateLimitedLinkApp.Permit"/> times a minute here
/// (DecisionLinks:PermitPerMinute). Every test comes from addresses of its own, so the allowances do not mix.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class LinkRateLimitTests(RateLimitedLinkApp app) : IClassFixture<RateLimitedLinkApp>
{
    [Fact]
    public async Task Client_within_its_allowance_is_answered()
    {
        var statuses = await OpenRepeatedlyAsync("/decide/not-a-token", IPAddress.Parse("198.51.100.1"), RateLimitedLinkApp.Permit);

        NonEmpty.All(statuses, status => Assert.Equal(StatusCodes.Status400BadRequest, status));
    }

    [Fact]
    public async Task Client_over_its_allowance_gets_too_many_requests()
    {
        var statuses = await OpenRepeatedlyAsync("/decide/not-a-token", IPAddress.Parse("198.51.100.2"), RateLimitedLinkApp.Permit + 1);

        Assert.Equal(StatusCodes.Status429TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Refusal_asks_to_wait()
    {
        var address = IPAddress.Parse("198.51.100.3");
        await OpenRepeatedlyAsync("/decide/not-a-token", address, RateLimitedLinkApp.Permit);

        var refused = await SendAsync("/decide/not-a-token", address);

        Assert.Equal("Too many requests from your address. Wait a minute, then open the link again.", await new StreamReader(refused.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task Another_address_keeps_its_own_allowance()
    {
        await OpenRepeatedlyAsync("/decide/not-a-token", IPAddress.Parse("198.51.100.4"), RateLimitedLinkApp.Permit + 1);

        var other = await SendAsync("/decide/not-a-token", IPAddress.Parse("198.51.100.5"));

        Assert.Equal(StatusCodes.Status400BadRequest, other.Response.StatusCode);
    }

    [Fact]
    public async Task Pages_other_than_the_links_are_not_limited()
    {
        var statuses = await OpenRepeatedlyAsync("/Account/Login", IPAddress.Parse("198.51.100.6"), RateLimitedLinkApp.Permit + 1);

        NonEmpty.All(statuses, status => Assert.Equal(StatusCodes.Status200OK, status));
    }

    private async Task<List<int>> OpenRepeatedlyAsync(string path, IPAddress address, int times)
    {
        var statuses = new List<int>();
        for (var i = 0; i < times; i++)
        {
            statuses.Add((await SendAsync(path, address)).Response.StatusCode);
        }

        return statuses;
    }

    // The test server's client has no address of its own; a request sent this way carries the one given.
    private Task<HttpContext> SendAsync(string path, IPAddress address) =>
        app.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = address;
        });
}
