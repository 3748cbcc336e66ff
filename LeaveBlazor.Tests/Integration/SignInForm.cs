using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LeaveBlazor.Tests.Integration;

/// <summary>Reading pages and posting static-SSR forms (sign-in among them) as a browser without JavaScript does.</summary>
public static class SignInForm
{
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string email, string password) =>
        browser.FillInAndPostAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Opens the page, keeps its form's hidden fields (antiforgery token, form name), fills in the rest and posts it.</summary>
    public static async Task<HttpResponseMessage> FillInAndPostAsync(this HttpClient browser, string path, Dictionary<string, string> typed)
    {
        var form = (await browser.GetPageAsync(path)).QuerySelector<IHtmlFormElement>("form[method=post]")
            ?? throw new InvalidOperationException($"{path} has no form.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => input.Name is not null)
            .Select(input => KeyValuePair.Create(input.Name!, input.Value))
            .Concat(typed);
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.ReadPageAsync();
    }

    public static async Task<IHtmlDocument> ReadPageAsync(this HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
