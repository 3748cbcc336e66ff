using System.Net;
using LeaveBlazor.Tests.Integration.DecisionLinks;

namespace LeaveBlazor.Tests.Integration.Balances;

/// <summary>
/// Balances on the pages the real app serves: the decision-link page (static, no sign-in) shows what approving leaves
/// the requester only while the link can decide, and a person's balances page is for admins only.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class BalancePagesTests(DecisionLinkApp app) : IClassFixture<DecisionLinkApp>
{
    [Fact]
    public async Task A_valid_link_says_what_approving_leaves_the_requester()
    {
        // 2027: no other test of the class asks for leave in it, so its allowance is whole.
        var links = await app.AlexAsksAsync(day: new DateOnly(2027, 6, 7));

        var page = await app.CreateBrowser().GetPageAsync(DecisionPages.PathOf(links.ApproveToken));

        Assert.Equal("If approved: Annual 2027: 25 days left · this request uses 1 day · 24 days after",
            Normalised(page.QuerySelector("[data-testid=if-approved]")?.TextContent));
    }

    [Fact]
    public async Task An_expired_link_shows_the_request_but_not_the_balance()
    {
        var links = await app.AlexAsksAsync(day: app.NextWorkingDay());
        app.Time.SetUtcNow(await app.LinksExpireAtAsync(links.Request));

        using var response = await app.CreateBrowser().OpenLinkAsync(links.ApproveToken);

        var page = await response.ReadPageAsync();
        Assert.Equal((HttpStatusCode.Gone, links.Request.Reference, false),
            (response.StatusCode, page.QuerySelector("[data-testid=reference]")?.TextContent.Trim(), page.QuerySelector("[data-testid=if-approved]") is not null));
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_open_a_persons_balances()
    {
        var alex = await app.EmployeeAsync(LeaveApp.AlexEmail);
        var browser = await app.SignedInAsync(LeaveApp.AlexEmail);

        using var response = await browser.GetAsync($"/admin/users/{alex.Id}/balances");

        Assert.Equal((HttpStatusCode.Redirect, "/Account/AccessDenied"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    private static string Normalised(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
