using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace LeaveBlazor.Tests.Integration;

/// <summary>Signing out goes back to a page of this app, whatever address the form carries.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class SignOutTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Theory]
    [InlineData("requests", "/requests")]
    [InlineData("/inbox", "/inbox")]
    [InlineData("/\\evil.example", "/evil.example")]
    [InlineData("\\\\evil.example", "/evil.example")]
    [InlineData("//evil.example", "/evil.example")]
    [InlineData("inbox\r\nSet-Cookie: x=1", "/")]
    [InlineData("", "/")]
    public async Task Sign_out_goes_to_a_page_of_this_app(string returnUrl, string expected)
    {
        var browser = await app.SignedInAsync(LeaveApp.SamEmail);
        var antiforgery = (await browser.GetPageAsync("/Account/Login")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        using var response = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(
            [KeyValuePair.Create("__RequestVerificationToken", antiforgery), KeyValuePair.Create("returnUrl", returnUrl)]));

        Assert.Equal((HttpStatusCode.Redirect, expected), (response.StatusCode, response.Headers.Location?.OriginalString));
    }
}
