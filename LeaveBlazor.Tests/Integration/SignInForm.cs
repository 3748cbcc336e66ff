using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LeaveBlazor.Tests.Integration;

/// <summary>Reading pages and posting the static-SSR sign-in form as a browser without JavaScript does.</summary>
public static class SignInForm
{
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string email, string password)
    {
        var form = (await browser.GetPageAsync("/Account/Login")).QuerySelector<IHtmlFormElement>("form[method=post]")
            ?? throw new InvalidOperationException("The sign-in page has no form.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => input.Name is not null)
            .Select(input => KeyValuePair.Create(input.Name!, input.Value))
            .Append(KeyValuePair.Create("Input.Email", email))
            .Append(KeyValuePair.Create("Input.Password", password));
        return await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
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
