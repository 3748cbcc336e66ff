using System.Net;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Integration.DecisionLinks;

/// <summary>The page an emailed link about an ask to cancel approved leave opens: it offers Confirm and Decline, and does what was pressed, once.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class CancellingByLinkTests(DecisionLinkApp app) : IClassFixture<DecisionLinkApp>
{
    [Fact]
    public async Task Opening_the_link_asks_about_the_cancellation_and_offers_confirm_and_decline()
    {
        var links = await app.AlexAsksToCancelAsync();

        using var response = await app.CreateBrowser().GetAsync($"/decide/{links.ApproveToken}");

        var page = await response.ReadPageAsync();
        Assert.Equal($"Cancel {links.Request.Reference}?", page.QuerySelector("[data-testid=question]")?.TextContent.Trim());
        Assert.Equal(["Confirm cancellation", "Decline"], page.QuerySelectorAll("[data-testid^=choose-]").Select(b => b.TextContent.Trim()));
        Assert.Contains("Alex Employee asks to cancel this approved leave: \"Trip called off\"", page.QuerySelector("[data-testid=cancellation-ask]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_cancels_the_leave()
    {
        var links = await app.AlexAsksToCancelAsync();

        using var response = await app.CreateBrowser().DecideAsync(links.ApproveToken, "Confirm cancellation");

        var outcome = (await response.ReadPageAsync()).QuerySelector("[data-testid=outcome]")?.TextContent.Trim();
        Assert.Equal((HttpStatusCode.OK, "Cancellation confirmed. Alex Employee will be told by email.", LeaveStatus.Cancelled),
            (response.StatusCode, outcome, (await app.ReloadAsync(links.Request)).Status));
    }

    [Fact]
    public async Task Declining_keeps_the_leave_and_shows_the_reason()
    {
        var links = await app.AlexAsksToCancelAsync();

        using var response = await app.CreateBrowser().DecideAsync(links.RejectToken, "Decline", "Launch week");

        var page = await response.ReadPageAsync();
        Assert.Equal(("Launch week", LeaveStatus.Approved),
            (page.QuerySelector("[data-testid=decision-comment]")?.TextContent.Trim(), (await app.ReloadAsync(links.Request)).Status));
    }

    [Fact]
    public async Task Declining_without_a_reason_shows_the_form_again_with_the_error()
    {
        var links = await app.AlexAsksToCancelAsync();

        using var response = await app.CreateBrowser().DecideAsync(links.RejectToken, "Decline");

        var error = (await response.ReadPageAsync()).QuerySelector("[data-testid=form-error]")?.TextContent.Trim();
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "Give a reason for declining, so Alex Employee knows why the leave stands."), (response.StatusCode, error));
    }
}
