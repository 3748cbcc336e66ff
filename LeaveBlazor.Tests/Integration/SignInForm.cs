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
    /// back to the page's own address, query included, as a browser posts a form without an action. On a page with
    /// several forms, <paramref name="formName"/> picks one by its Blazor form name.
    /// </summary>
    public static async Task<HttpResponseMessage> FillInAndPostAsync(this HttpClient browser, string path, Dictionary<string, string> typed, string? formName = null)
    {
        // Not the app bar's sign-out form, which a signed-in page shows first and which posts elsewhere.
        var form = (await browser.GetPageAsync(path)).QuerySelectorAll<IHtmlFormElement>("form[method=post]")
            .Where(form => form.GetAttribute("action") != "Account/Logout")
            .FirstOrDefault(form => formName is null || form.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"{path} has no form{(formName is null ? "" : $" named {formName}")}.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => input.Name is not null)
            .Select(input => KeyValuePair.Create(input.Name!, input.Value))
            .Concat(typed);
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The sign-out button's form, as the signed-in layout renders it, with the return URL given.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(this HttpClient browser, string returnUrl = "")
    {
        var form = (await browser.GetPageAsync("/requests")).QuerySelector<IHtmlFormElement>("form[action='Account/Logout']")
            ?? throw new InvalidOperationException("The signed-in layout has no sign-out form.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => input.Name is not null && input.Name != "returnUrl")
            .Select(input => KeyValuePair.Create(input.Name!, input.Value))
            .Append(KeyValuePair.Create("returnUrl", returnUrl));
        return await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields));
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
