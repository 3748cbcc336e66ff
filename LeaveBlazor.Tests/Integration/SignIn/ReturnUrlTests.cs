using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.SignIn;

/// <summary>
/// After signing in or out, a return URL that is a path on this site is followed; anything else (another site, a
/// script, something malformed) lands on the home page, never on an error.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ReturnUrlTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    public static TheoryData<string> OffSite => new()
    {
        "https://evil.example",
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "http:evil.example",
        "%2F%2Fevil.example",
        "/%2F%2Fevil.example",
        "%5C%5Cevil.example",
        " //evil.example",
        "/inbox\r\nLocation: https://evil.example",
        "/" + new string('a', LocalReturnUrl.MaxLength + 1),
    };

    // A NUL in a posted form is refused by ASP.NET's form reader (400) before sign-out runs; in the query it reaches sign-in.
    [Theory]
    [MemberData(nameof(OffSite))]
    [InlineData("/inbox\u0000")]
    public async Task Sign_in_with_an_off_site_return_url_lands_home_signed_in(string returnUrl)
    {
        var browser = app.CreateBrowser();

        var response = await browser.SignInAsync(LeaveApp.AlexEmail, Web.Identity.AccountSeeding.DemoPassword, returnUrl);

        using var requests = await browser.GetAsync("/requests");
        Assert.Equal(("/", HttpStatusCode.OK), (PathOf(response), requests.StatusCode));
    }

    [Theory]
    [InlineData("/inbox", "/inbox")]
    [InlineData("/requests/5?x=1", "/requests/5?x=1")]
    [InlineData("requests/5?x=1", "/requests/5?x=1")]
    public async Task Sign_in_with_a_return_url_on_this_site_goes_there(string returnUrl, string expected)
    {
        var response = await app.CreateBrowser().SignInAsync(LeaveApp.DanaEmail, Web.Identity.AccountSeeding.DemoPassword, returnUrl);

        Assert.Equal(expected, PathOf(response));
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task Sign_out_with_an_off_site_return_url_lands_home_signed_out(string returnUrl)
    {
        var browser = await app.SignedInAsync(LeaveApp.AlexEmail);

        var response = await browser.SignOutAsync(returnUrl);

        using var requests = await browser.GetAsync("/requests");
        Assert.Equal(("/", HttpStatusCode.Redirect), (PathOf(response), requests.StatusCode));
    }

    [Fact]
    public async Task Sign_out_with_a_return_url_on_this_site_goes_there()
    {
        var browser = await app.SignedInAsync(LeaveApp.AlexEmail);

        var response = await browser.SignOutAsync("/requests?x=1");

        Assert.Equal("/requests?x=1", PathOf(response));
    }

    [Fact]
    public async Task Sign_out_answer_is_not_stored_by_caches()
    {
        var browser = await app.SignedInAsync(LeaveApp.AlexEmail);

        var response = await browser.SignOutAsync("");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Sign_in_page_is_not_stored_by_caches()
    {
        using var response = await app.CreateBrowser().GetAsync("/Account/Login");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Failed_sign_in_is_not_stored_by_caches()
    {
        var response = await app.CreateBrowser().SignInAsync(LeaveApp.AlexEmail, "wrong-password");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    private static string? PathOf(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? new Uri(new Uri("http://localhost"), location).PathAndQuery
            : $"no redirect: {(int)response.StatusCode}";
}
