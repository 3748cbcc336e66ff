using System.Net;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Integration.DecisionLinks;

/// <summary>
/// A link dies at the start of the day after the leave's first day (sooner than the configured lifetime when leave is
/// near). Each test asks for leave on the next working day, then moves the app's clock.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ExpiredLinkTests(DecisionLinkApp app) : IClassFixture<DecisionLinkApp>
{
    [Fact]
    public async Task Link_works_until_just_before_it_expires()
    {
        var links = await app.AlexAsksAsync(day: app.NextWorkingDay());
        app.Time.SetUtcNow(await app.LinksExpireAtAsync(links.Request) - TimeSpan.FromSeconds(1));

        using var response = await app.CreateBrowser().OpenLinkAsync(links.ApproveToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Expired_link_is_gone()
    {
        var links = await app.AlexAsksAsync(day: app.NextWorkingDay());
        app.Time.SetUtcNow(await app.LinksExpireAtAsync(links.Request));

        using var response = await app.CreateBrowser().OpenLinkAsync(links.ApproveToken);

        var heading = (await response.ReadPageAsync()).QuerySelector("[data-testid=problem]")?.TextContent.Trim();
        Assert.Equal((HttpStatusCode.Gone, "This link has expired"), (response.StatusCode, heading));
    }

    [Fact]
    public async Task Expired_link_says_the_request_still_waits_in_the_inbox()
    {
        var links = await app.AlexAsksAsync(day: app.NextWorkingDay());
        app.Time.SetUtcNow(await app.LinksExpireAtAsync(links.Request));

        using var response = await app.CreateBrowser().OpenLinkAsync(links.RejectToken);

        var message = (await response.ReadPageAsync()).QuerySelector("[data-testid=problem-message]")?.TextContent.Trim();
        Assert.EndsWith($"{links.Request.Reference} is still waiting: decide it in your inbox.", message);
    }

    [Fact]
    public async Task Form_sent_after_the_link_expired_decides_nothing()
    {
        var links = await app.AlexAsksAsync(day: app.NextWorkingDay());
        var form = await app.CreateBrowser().OpenDecisionFormAsync(links.ApproveToken);
        app.Time.SetUtcNow(await app.LinksExpireAtAsync(links.Request));

        using var response = await form.PressAsync("Approve");

        Assert.Equal(
            (HttpStatusCode.Gone, LeaveStatus.Pending),
            (response.StatusCode, (await app.ReloadAsync(links.Request)).Status));
    }
}
