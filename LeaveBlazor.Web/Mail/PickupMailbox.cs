using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LeaveBlazor.Web.Mail;

/// <summary>An email in the pickup folder, as the Mailbox page lists it.</summary>
public sealed record PickupMailSummary(string Key, string Subject, string To, DateTimeOffset WrittenAt);

/// <summary>An email in the pickup folder, opened: its HTML part (ready for a sandboxed frame) and its text part.</summary>
public sealed record PickupMail(PickupMailSummary Summary, string? FramedHtml, string? Text);

/// <summary>Reads back the .eml files the <see cref="PickupFolderTransport"/> wrote, for the development Mailbox page.</summary>
public sealed partial class PickupMailbox(IOptions<MailOptions> options, IHostEnvironment environment)
{
    private readonly MailOptions _mail = options.Value;

    /// <summary>Only on a developer's machine, and only when emails go to files: elsewhere the page does not exist.</summary>
    public bool IsOpen => environment.IsDevelopment() && !_mail.UsesSmtp;

    public string Folder => _mail.PickupFolder;

    public IReadOnlyList<PickupMailSummary> Newest(int count = 200)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return new DirectoryInfo(Folder).EnumerateFiles("*.eml")
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Take(count)
            .Select(f => Summary(f, MimeMessage.Load(f.FullName)))
            .ToList();
    }

    /// <summary>The email with this key, or null when there is none (or the key is not one we would write).</summary>
    public PickupMail? Open(string? key)
    {
        if (!Guid.TryParseExact(key, "N", out var guid))
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(Folder, PickupFolderTransport.FileName(guid)));
        if (!file.Exists)
        {
            return null;
        }

        var email = MimeMessage.Load(file.FullName);
        return new PickupMail(Summary(file, email), email.HtmlBody is { } html ? LinksOpenInTopWindow(html) : null, email.TextBody);
    }

    private static PickupMailSummary Summary(FileInfo file, MimeMessage email) =>
        new(Path.GetFileNameWithoutExtension(file.Name), email.Subject ?? "(no subject)", Recipients(email), file.LastWriteTimeUtc);

    private static string Recipients(MimeMessage email) =>
        string.Join(", ", email.To.Mailboxes.Select(m => string.IsNullOrEmpty(m.Name) ? m.Address : $"{m.Name} <{m.Address}>"));

    /// <summary>A link inside the sandboxed frame would otherwise open inside the frame, where the app cannot run.</summary>
    private static string LinksOpenInTopWindow(string html)
    {
        const string Base = "<base target=\"_top\">";
        var head = HeadTag().Match(html);
        return head.Success ? html.Insert(head.Index + head.Length, Base) : Base + html;
    }

    [GeneratedRegex("<head(\\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadTag();
}
