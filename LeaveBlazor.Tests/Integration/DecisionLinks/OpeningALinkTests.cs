using System.Net;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Integration.DecisionLinks;

/// <summary>Opening an emailed link without signing in: the request and a form to confirm, and nothing decided.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class OpeningALinkTests(DecisionLinkApp app) : IClassFixture<DecisionLinkApp>
{
    [Fact]
    public async Task Approve_link_asks_to_approve_the_request()
    {
        var links = await app.AlexAsksAsync();

        using var response = await app.CreateBrowser().OpenLinkAsync(links.ApproveToken);

        var question = (await response.ReadPageAsync()).QuerySelector("[data-testid=question]")?.TextContent.Trim();
        Assert.Equal((HttpStatusCode.OK, $"Approve {links.Request.Reference}?"), (response.StatusCode, question));
    }

    [Fact]
    public async Task The_page_says_who_else_in_the_requesters_team_is_away()
    {
        var links = await app.AlexAsksAsync();

        var page = await app.CreateBrowser().GetPageAsync(DecisionPages.PathOf(links.ApproveToken));

        Assert.Equal("Also away: Nobody else in the team is away then.", page.QuerySelector("[data-testid=team-away]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Reject_link_asks_to_reject_the_request()
    {
        var links = await app.AlexAsksAsync();

        var page = await app.CreateBrowser().GetPageAsync(DecisionPages.PathOf(links.RejectToken));

        Assert.Equal($"Reject {links.Request.Reference}?", page.QuerySelector("[data-testid=question]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("Approve")]
    [InlineData("Reject")]
    public async Task Button_of_the_link_clicked_in_the_email_is_the_primary_one(string clicked)
    {
        var links = await app.AlexAsksAsync();
        var token = clicked == "Approve" ? links.ApproveToken : links.RejectToken;

        var page = await app.CreateBrowser().GetPageAsync(DecisionPages.PathOf(token));

        var filled = page.QuerySelectorAll("form button[type=submit]").Where(b => b.ClassList.Contains("mud-button-filled"));
        Assert.Equal([clicked], filled.Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public async Task Page_says_whom_the_person_decides_as()
    {
        var links = await app.AlexAsksAsync();

        var page = await app.CreateBrowser().GetPageAsync(DecisionPages.PathOf(links.ApproveToken));

        Assert.Equal("You are deciding as Dana Manager.", page.QuerySelector("[data-testid=decider]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Page_shows_the_requester_and_the_dates_with_working_days()
    {
        var links = await app.AlexAsksAsync();

        var page = await app.CreateBrowser().GetPageAsync(DecisionPages.PathOf(links.ApproveToken));

        Assert.Equal(
            ("Alex Employee", $"{links.Request.Dates.Describe()} · 1 working day"),
            (page.QuerySelector("[data-testid=requester]")?.TextContent.Trim(), page.QuerySelector("[data-testid=dates]")?.TextContent.Trim()));
    }

    [Fact]
    public async Task Html_in_the_reason_is_shown_as_text()
    {
        const string reason = "<b>Wedding</b> & <script>alert('x')</script>";
        var links = await app.AlexAsksAsync(reason);

        var page = await app.CreateBrowser().GetPageAsync(DecisionPages.PathOf(links.ApproveToken));

        Assert.Equal(reason, page.QuerySelector("[data-testid=reason]")?.TextContent);
    }

    [Fact]
    public async Task Opening_the_links_decides_nothing()
    {
        var links = await app.AlexAsksAsync();
        var browser = app.CreateBrowser();

        // A mail scanner may fetch every link of the email, more than once.
        foreach (var token in new[] { links.ApproveToken, links.RejectToken, links.ApproveToken })
        {
            (await browser.OpenLinkAsync(token)).Dispose();
        }

        Assert.Equal(LeaveStatus.Pending, (await app.ReloadAsync(links.Request)).Status);
    }

    [Fact]
    public async Task Opened_link_still_decides_afterwards()
    {
        var links = await app.AlexAsksAsync();
        var browser = app.CreateBrowser();
        (await browser.OpenLinkAsync(links.ApproveToken)).Dispose();

        using var response = await browser.DecideAsync(links.ApproveToken, "Approve");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Page_is_kept_out_of_caches_and_referrers()
    {
        var links = await app.AlexAsksAsync();

        using var response = await app.CreateBrowser().OpenLinkAsync(links.ApproveToken);

        Assert.Equal(
            (true, "no-referrer"),
            (response.Headers.CacheControl?.NoStore, string.Join(",", response.Headers.GetValues("Referrer-Policy"))));
    }
}
