using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace LeaveBlazor.Tests.Integration.DecisionLinks;

/// <summary>
/// The form of a decision page as a browser without JavaScript holds it after opening the link: its hidden fields
/// (the antiforgery token, the form's name), its comment box and its buttons. It can be sent more than once.
/// </summary>
public sealed class DecisionForm(HttpClient browser, string path, IReadOnlyList<KeyValuePair<string, string>> hiddenFields, string commentName, IReadOnlyList<IHtmlButtonElement> buttons)
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>Types the comment and presses the button labelled <paramref name="button"/> ("Approve" or "Reject").</summary>
    public Task<HttpResponseMessage> PressAsync(string button, string? comment = null) =>
        SendAsync(hiddenFields, button, comment);

    /// <summary>The same, from a page that never had our form: no antiforgery token.</summary>
    public Task<HttpResponseMessage> PressWithoutAntiforgeryAsync(string button) =>
        SendAsync(hiddenFields.Where(f => f.Key != AntiforgeryField).ToList(), button, comment: null);

    private Task<HttpResponseMessage> SendAsync(IEnumerable<KeyValuePair<string, string>> hidden, string button, string? comment)
    {
        var pressed = buttons.SingleOrDefault(b => b.TextContent.Trim() == button)
            ?? throw new InvalidOperationException($"The form has no button '{button}'.");
        var fields = hidden
            .Append(KeyValuePair.Create(commentName, comment ?? ""))
            .Append(KeyValuePair.Create(pressed.Name ?? "", pressed.Value));
        return browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }
}

public static class DecisionPages
{
    public static string PathOf(string token) => $"/decide/{token}";

    public static Task<HttpResponseMessage> OpenLinkAsync(this HttpClient browser, string token) =>
        browser.GetAsync(PathOf(token));

    /// <summary>Opens the link and reads its form; fails when the page shows none.</summary>
    public static async Task<DecisionForm> OpenDecisionFormAsync(this HttpClient browser, string token)
    {
        using var response = await browser.OpenLinkAsync(token);
        var page = await response.ReadPageAsync();
        var form = page.QuerySelector<IHtmlFormElement>("form[method=post]")
            ?? throw new InvalidOperationException($"The link page ({(int)response.StatusCode}) has no form: {page.Body?.TextContent}");
        var hidden = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => !string.IsNullOrEmpty(input.Name))
            .Select(input => KeyValuePair.Create(input.Name!, input.Value))
            .ToList();
        var comment = form.QuerySelector<IHtmlTextAreaElement>("textarea")?.Name
            ?? throw new InvalidOperationException("The decision form has no comment box.");
        var buttons = form.QuerySelectorAll<IHtmlButtonElement>("button[type=submit]").ToList();
        return new DecisionForm(browser, PathOf(token), hidden, comment, buttons);
    }

    /// <summary>Opens the link, types the comment and presses the button, as the approver does.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(this HttpClient browser, string token, string button, string? comment = null) =>
        await (await browser.OpenDecisionFormAsync(token)).PressAsync(button, comment);
}
