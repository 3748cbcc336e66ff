using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.WebUtilities;

namespace LeaveBlazor.Tests.Integration;

/// <summary>Reading pages and posting the static-SSR sign-in form as a browser without JavaScript does.</summary>
public static class SignInForm
{
    /// <summary>Opens the sign-in page (with <paramref name="returnUrl"/> in its query, as a redirect to it would) and sends the form.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string email, string password, string? returnUrl = null)
    {
        var page = returnUrl is null ? "/Account/Login" : QueryHelpers.AddQueryString("/Account/Login", "ReturnUrl", returnUrl);
        var form = (await browser.GetPageAsync(page)).QuerySelector<IHtmlFormElement>("form[method=post]")
            ?? throw new InvalidOperationException("The sign-in page has no form.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => input.Name is not null)
            .Select(input => KeyValuePair.Create(input.Name!, input.Value))
            .Append(KeyValuePair.Create("Input.Email", email))
            .Append(KeyValuePair.Create("Input.Password", password));

        // A browser posts a form without an action back to the page's own address, query included.
        return await browser.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    /// <summary>The text of the sign-in page's error message, if it shows one.</summary>
    public static async Task<string?> AlertAsync(this HttpResponseMessage response) =>
        (await response.ReadPageAsync()).QuerySelector("[role=alert]")?.TextContent.Trim();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.ReadPageAsync();
    }

    public static async Task<IHtmlDocument> ReadPageAsync(this HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
