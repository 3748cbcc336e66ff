using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.DecisionLinks;

/// <summary>Links that can no longer decide get a page that says why, with a 4xx status and a way to the inbox.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class DeadLinkTests(DecisionLinkApp app) : IClassFixture<DecisionLinkApp>
{
    [Fact]
    public async Task Second_post_with_the_same_link_is_told_it_was_used()
    {
        var links = await app.AlexAsksAsync();
        var form = await app.CreateBrowser().OpenDecisionFormAsync(links.ApproveToken);
        (await form.PressAsync("Approve")).Dispose();

        using var again = await form.PressAsync("Approve");

        Assert.Equal((HttpStatusCode.Gone, "This link has already been used"), (again.StatusCode, await ProblemAsync(again)));
    }

    [Fact]
    public async Task Used_link_names_who_decided()
    {
        var links = await app.AlexAsksAsync();
        (await app.CreateBrowser().DecideAsync(links.ApproveToken, "Approve")).Dispose();

        using var response = await app.CreateBrowser().OpenLinkAsync(links.ApproveToken);

        Assert.StartsWith($"This link has already been used: {links.Request.Reference} was approved by Dana Manager on ", await MessageAsync(response));
    }

    [Fact]
    public async Task Other_link_of_the_email_dies_with_the_decision()
    {
        var links = await app.AlexAsksAsync();
        (await app.CreateBrowser().DecideAsync(links.ApproveToken, "Approve")).Dispose();

        using var response = await app.CreateBrowser().OpenLinkAsync(links.RejectToken);

        Assert.Equal((HttpStatusCode.Conflict, "Nothing left to decide"), (response.StatusCode, await ProblemAsync(response)));
    }

    [Fact]
    public async Task Link_of_a_request_decided_in_the_inbox_says_who_approved_it()
    {
        var links = await app.AlexAsksAsync();
        await app.ApproveInInboxAsync(links.Request);

        using var response = await app.CreateBrowser().OpenLinkAsync(links.ApproveToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith($"{links.Request.Reference} was already approved by Dana Manager on ", await MessageAsync(response));
    }

    [Fact]
    public async Task Form_sent_after_an_inbox_decision_is_refused_as_a_conflict()
    {
        var links = await app.AlexAsksAsync();
        var form = await app.CreateBrowser().OpenDecisionFormAsync(links.RejectToken);
        await app.ApproveInInboxAsync(links.Request);

        using var response = await form.PressAsync("Reject", "Too late");

        Assert.Equal((HttpStatusCode.Conflict, "Nothing left to decide"), (response.StatusCode, await ProblemAsync(response)));
    }

    [Fact]
    public async Task Link_of_a_cancelled_request_says_the_requester_cancelled_it()
    {
        var links = await app.AlexAsksAsync();
        await app.CancelAsync(links.Request);

        using var response = await app.CreateBrowser().OpenLinkAsync(links.ApproveToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("cancelled by the requester, Alex Employee, on ", await MessageAsync(response));
    }

    [Fact]
    public async Task Link_of_an_approver_who_left_and_handed_over_is_gone_naming_who_decides_now()
    {
        var approver = PeopleInTheApp.NewPerson(roles: [Roles.Approver]);
        var approverId = await app.CreatePersonAsync(approver);
        var links = await app.AlexAsksAsync(approverEmail: approver.Email!);
        var dana = await app.EmployeeAsync(LeaveApp.DanaEmail);
        await app.SetActiveAsync(approverId, active: false, successorId: dana.Id);

        var handedOverAt = app.Services.GetRequiredService<LeaveClock>().Describe(app.Time.GetUtcNow());

        using var response = await app.CreateBrowser().OpenLinkAsync(links.ApproveToken);

        Assert.Equal(
            (HttpStatusCode.Gone, "This request was handed over",
                $"{links.Request.Reference} was handed over to Dana Manager on {handedOverAt}, so this link no longer works; Dana Manager decides it now."),
            (response.StatusCode, await ProblemAsync(response), await MessageAsync(response)));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")] // a token's length, but not base64url
    public async Task Malformed_link_is_a_bad_request(string token)
    {
        using var response = await app.CreateBrowser().OpenLinkAsync(token);

        Assert.Equal((HttpStatusCode.BadRequest, "This link is not valid"), (response.StatusCode, await ProblemAsync(response)));
    }

    [Fact]
    public async Task Link_we_never_sent_is_not_found()
    {
        var stranger = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

        using var response = await app.CreateBrowser().OpenLinkAsync(stranger);

        Assert.Equal((HttpStatusCode.NotFound, "We do not recognise this link"), (response.StatusCode, await ProblemAsync(response)));
    }

    [Fact]
    public async Task Dead_link_page_leads_to_the_inbox()
    {
        using var response = await app.CreateBrowser().OpenLinkAsync("not-a-token");

        Assert.Equal("inbox", (await response.ReadPageAsync()).QuerySelector("a[data-testid=inbox-link]")?.GetAttribute("href"));
    }

    private static async Task<string?> ProblemAsync(HttpResponseMessage response) =>
        (await response.ReadPageAsync()).QuerySelector("[data-testid=problem]")?.TextContent.Trim();

    private static async Task<string?> MessageAsync(HttpResponseMessage response) =>
        (await response.ReadPageAsync()).QuerySelector("[data-testid=problem-message]")?.TextContent.Trim();
}
