using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.WebUtilities;

namespace LeaveBlazor.Tests.Integration;

/// <summary>Reading pages and posting static-SSR forms (sign-in among them) as a browser without JavaScript does.</summary>
public static class SignInForm
{
    /// <summary>Opens the sign-in page (with <paramref name="returnUrl"/> in its query, as a redirect to it would) and sends the form.</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string email, string password, string? returnUrl = null) =>
        browser.FillInAndPostAsync(
            returnUrl is null ? "/Account/Login" : QueryHelpers.AddQueryString("/Account/Login", "ReturnUrl", returnUrl),
            new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>
    /// Opens the page, keeps its form's hidden fields (antiforgery token, form name), fills in the rest and posts it
    /// back to the page's own address, query included, as a browser posts a form without an action.
    /// </summary>
    public static async Task<HttpResponseMessage> FillInAndPostAsync(this HttpClient browser, string path, Dictionary<string, string> typed)
    {
        // Not the app bar's sign-out form, which a signed-in page shows first and which posts elsewhere.
        var form = (await browser.GetPageAsync(path)).QuerySelectorAll<IHtmlFormElement>("form[method=post]")
            .FirstOrDefault(form => form.GetAttribute("action") != "Account/Logout")
            ?? throw new InvalidOperationException($"{path} has no form.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => input.Name is not null)
            .Select(input => KeyValuePair.Create(input.Name!, input.Value))
            .Concat(typed);
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
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
