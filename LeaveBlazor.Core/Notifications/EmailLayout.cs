using System.Net;

namespace LeaveBlazor.Core.Notifications;

/// <summary>The branded frame around every email, in HTML and plain text. All user text is encoded by the callers through <see cref="Encode"/>.</summary>
internal static class EmailLayout
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Html(string heading, string bodyHtml, string footerHtml) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#f3f5f8;font-family:system-ui,'Segoe UI',Roboto,sans-serif;color:#1f2933">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f8;padding:24px 0">
        <tr><td align="center">
        <table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:8px;overflow:hidden">
        <tr><td style="background:#2e5e8c;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:600">LeaveBlazor</td></tr>
        <tr><td style="padding:24px">
        <h1 style="font-size:20px;margin:0 0 16px">{Encode(heading)}</h1>
        {bodyHtml}
        </td></tr>
        <tr><td style="padding:16px 24px;background:#f8fafc;color:#52606d;font-size:12px">{footerHtml}</td></tr>
        </table></td></tr></table></body></html>
        """;

    public static string Details(IEnumerable<(string Label, string Value)> rows) =>
        "<table role=\"presentation\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;margin:0 0 16px;width:100%\">"
        + string.Concat(rows.Select(r => $"<tr><td style=\"color:#52606d;width:130px;vertical-align:top\">{Encode(r.Label)}</td><td style=\"white-space:pre-wrap\">{Encode(r.Value)}</td></tr>"))
        + "</table>";

    public static string Button(string href, string label, string color) =>
        $"<a href=\"{Encode(href)}\" style=\"display:inline-block;background:{color};color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;font-weight:600;margin:0 8px 8px 0\">{Encode(label)}</a>";

    public static string Paragraph(string text) => $"<p style=\"margin:0 0 16px\">{Encode(text)}</p>";

    public static string Link(string href, string label) => $"<a href=\"{Encode(href)}\" style=\"color:#2e5e8c\">{Encode(label)}</a>";

    /// <summary>"Label:" and value per line, values in a column 14 wide; a longer label keeps one space before its value.</summary>
    public static string TextDetails(IEnumerable<(string Label, string Value)> rows) =>
        string.Join("\n", rows.Select(r => (r.Label + ":").PadRight(13) + " " + r.Value));

    /// <summary>Subjects are headers: no line breaks or other control characters from names may reach them.</summary>
    public static string Subject(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
