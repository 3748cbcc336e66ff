using System.Net;

namespace LeaveBlazor.Tests.Integration;

/// <summary>The static sign-in form and what it guards, over plain HTTP.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class SignInTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Demo_person_signs_in_with_the_demo_password_and_is_sent_home()
    {
        var browser = app.CreateBrowser();

        var response = await browser.SignInAsync(LeaveApp.AlexEmail, Web.Identity.AccountSeeding.DemoPassword);

        Assert.Equal((HttpStatusCode.Redirect, "/"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message()
    {
        var browser = app.CreateBrowser();

        var response = await browser.SignInAsync(LeaveApp.SamEmail, "not-the-password");

        Assert.Equal(Web.Identity.SignInAnswers.Wrong, await response.AlertAsync());
    }

    [Fact]
    public async Task Signed_in_person_opens_their_requests()
    {
        var browser = await app.SignedInAsync(LeaveApp.AlexEmail);

        var response = await browser.GetAsync("/requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var browser = app.CreateBrowser();

        var response = await browser.GetAsync("/requests");

        Assert.Equal((HttpStatusCode.Redirect, "/Account/Login"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task Person_without_the_approver_role_is_sent_away_from_the_inbox()
    {
        var browser = await app.SignedInAsync(LeaveApp.AlexEmail);

        var response = await browser.GetAsync("/inbox");

        Assert.Equal((HttpStatusCode.Redirect, "/Account/AccessDenied"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task Person_without_the_approver_role_is_told_the_inbox_is_not_for_them()
    {
        var browser = await app.SignedInAsync(LeaveApp.AlexEmail);

        var text = await TextAfterRedirectsAsync(browser, "/inbox");

        Assert.Contains("Your account does not have access to that page.", text);
    }

    private static async Task<string> TextAfterRedirectsAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        for (var hops = 0; response.StatusCode == HttpStatusCode.Redirect && hops < 5; hops++)
        {
            response = await browser.GetAsync(response.Headers.Location);
        }

        return (await response.ReadPageAsync()).Body?.TextContent ?? "";
    }
}
