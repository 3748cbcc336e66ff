using System.Net;
using LeaveBlazor.Core.Leave;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.DecisionLinks;

[Collection(LeaveAppCollection.Name)]
public sealed class DecidingByLinkTests(DecisionLinkApp app) : DecidingByLink<DecisionLinkApp>(app);

[Collection(LeaveAppCollection.Name)]
public sealed class DecidingByLinkOnPostgreSqlTests(DecisionLinkAppOnPostgreSql app) : DecidingByLink<DecisionLinkAppOnPostgreSql>(app);

/// <summary>Pressing Approve or Reject on a link's page: the POST decides, once, and refuses what the rules refuse.</summary>
public abstract class DecidingByLink<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : DecisionLinkApp
{
    [Fact]
    public async Task Approving_by_link_approves_the_request()
    {
        var links = await app.AlexAsksAsync();

        (await app.CreateBrowser().DecideAsync(links.ApproveToken, "Approve")).Dispose();

        Assert.Equal(LeaveStatus.Approved, (await app.ReloadAsync(links.Request)).Status);
    }

    [Fact]
    public async Task Approval_page_says_the_requester_will_be_told()
    {
        var links = await app.AlexAsksAsync();

        using var response = await app.CreateBrowser().DecideAsync(links.ApproveToken, "Approve", "Enjoy it");

        var outcome = (await response.ReadPageAsync()).QuerySelector("[data-testid=outcome]")?.TextContent.Trim();
        Assert.Equal((HttpStatusCode.OK, "Approved. Alex Employee will be told by email."), (response.StatusCode, outcome));
    }

    [Fact]
    public async Task Approval_is_recorded_as_the_approver_by_email_link()
    {
        var links = await app.AlexAsksAsync();

        (await app.CreateBrowser().DecideAsync(links.ApproveToken, "Approve", "Enjoy it")).Dispose();

        var last = (await app.ReloadAsync(links.Request)).History[^1];
        Assert.Equal(
            (LeaveEventKind.Approved, "Dana Manager", LeaveChannel.EmailLink, "Enjoy it"),
            (last.Kind, last.ActorName, last.Channel, last.Comment));
    }

    [Fact]
    public async Task Approve_link_can_still_reject_with_a_reason()
    {
        var links = await app.AlexAsksAsync();

        (await app.CreateBrowser().DecideAsync(links.ApproveToken, "Reject", "Team is short that week")).Dispose();

        var request = await app.ReloadAsync(links.Request);
        Assert.Equal((LeaveStatus.Rejected, "Team is short that week"), (request.Status, request.DecisionComment));
    }

    [Fact]
    public async Task Rejection_page_shows_the_reason_given()
    {
        var links = await app.AlexAsksAsync();

        using var response = await app.CreateBrowser().DecideAsync(links.RejectToken, "Reject", "<i>Busy</i> week");

        var page = await response.ReadPageAsync();
        Assert.Equal(
            ("Rejected. Alex Employee will be told by email.", "<i>Busy</i> week"),
            (page.QuerySelector("[data-testid=outcome]")?.TextContent.Trim(), page.QuerySelector("[data-testid=decision-comment]")?.TextContent));
    }

    [Fact]
    public async Task Reject_without_a_reason_is_refused_with_the_rule()
    {
        var links = await app.AlexAsksAsync();

        using var response = await app.CreateBrowser().DecideAsync(links.RejectToken, "Reject");

        var error = (await response.ReadPageAsync()).QuerySelector("[data-testid=form-error]")?.TextContent.Trim();
        Assert.Equal(
            (HttpStatusCode.UnprocessableEntity, "Give a reason for rejecting, so Alex Employee knows why."),
            (response.StatusCode, error));
    }

    [Fact]
    public async Task Reject_without_a_reason_decides_nothing()
    {
        var links = await app.AlexAsksAsync();

        (await app.CreateBrowser().DecideAsync(links.RejectToken, "Reject", "   ")).Dispose();

        Assert.Equal(LeaveStatus.Pending, (await app.ReloadAsync(links.Request)).Status);
    }

    [Fact]
    public async Task Refused_comment_is_kept_in_the_form()
    {
        var links = await app.AlexAsksAsync();
        var tooLong = new string('x', app.Services.GetRequiredService<LeaveRequestRules>().CommentMaxLength + 1);

        using var response = await app.CreateBrowser().DecideAsync(links.ApproveToken, "Approve", tooLong);

        var page = await response.ReadPageAsync();
        Assert.Equal((HttpStatusCode.UnprocessableEntity, tooLong), (response.StatusCode, page.QuerySelector("textarea")?.TextContent));
    }

    [Fact]
    public async Task Post_without_the_antiforgery_token_is_refused()
    {
        var links = await app.AlexAsksAsync();
        var form = await app.CreateBrowser().OpenDecisionFormAsync(links.ApproveToken);

        using var response = await form.PressWithoutAntiforgeryAsync("Approve");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_without_the_antiforgery_token_decides_nothing()
    {
        var links = await app.AlexAsksAsync();
        var form = await app.CreateBrowser().OpenDecisionFormAsync(links.ApproveToken);

        (await form.PressWithoutAntiforgeryAsync("Approve")).Dispose();

        Assert.Equal(LeaveStatus.Pending, (await app.ReloadAsync(links.Request)).Status);
    }
}
