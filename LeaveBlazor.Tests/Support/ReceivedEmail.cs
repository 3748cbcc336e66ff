using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LeaveBlazor.Tests.Support;

public sealed record ReceivedAddress(string Address, string Name);

/// <summary>An email as the SMTP server received it, read back from MailDev's API (<c>GET /api/email</c>).</summary>
public sealed record ReceivedEmail(
    string Id,
    string Subject,
    IReadOnlyList<ReceivedAddress> To,
    string? Html,
    string? Text,
    Dictionary<string, JsonElement> Headers)
{
    /// <summary>The Message-ID header as sent, angle brackets included.</summary>
    public string? MessageId =>
        Headers.TryGetValue("message-id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool IsTo(string address) =>
        To.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase));

    /// <summary>The address of the HTML body's link whose text is <paramref name="label"/>, or null when it has none.</summary>
    public string? LinkLabelled(string label)
    {
        var document = new HtmlParser().ParseDocument(Html ?? "");
        return document.QuerySelectorAll<IHtmlAnchorElement>("a[href]")
            .FirstOrDefault(a => a.TextContent.Trim() == label)
            ?.GetAttribute("href");
    }

    public override string ToString() => $"'{Subject}' to {string.Join(", ", To.Select(to => to.Address))}";
}
