using System.Text.RegularExpressions;
using MimeKit;

namespace LeaveBlazor.Bench.Infra;

/// <summary>An email smtp-sink accepted: when (its file's modification time), to whom, and what it says.</summary>
public sealed record DumpedEmail(DateTime AcceptedAtUtc, string To, string Subject, string Text)
{
    /// <summary>The reference in the subject, as every email about a request starts: "[LR-2026-00042] …".</summary>
    public string? Reference => Subject.StartsWith('[') && Subject.IndexOf(']') is > 1 and var end ? Subject[1..end] : null;
}

/// <summary>Reads the emails smtp-sink wrote to its dump folder.</summary>
public sealed partial class MailDump(string folder)
{
    private readonly HashSet<string> _read = [];
    private readonly List<DumpedEmail> _emails = [];

    // smtp-sink may still be writing a file; one untouched this long is complete.
    private static readonly TimeSpan Settled = TimeSpan.FromMilliseconds(200);

    /// <summary>Every email accepted so far (files are read once, when complete).</summary>
    public IReadOnlyList<DumpedEmail> Emails()
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var info = new FileInfo(file);
            if (_read.Contains(file) || DateTime.UtcNow - info.LastWriteTimeUtc < Settled)
            {
                continue;
            }

            var message = MimeMessage.Load(file);
            _read.Add(file);
            _emails.Add(new DumpedEmail(info.LastWriteTimeUtc, message.To.Mailboxes.Single().Address, message.Subject ?? "", message.TextBody ?? ""));
        }

        return _emails;
    }

    /// <summary>Waits (at most <paramref name="timeout"/>) until the emails satisfy <paramref name="enough"/>.</summary>
    public async Task<IReadOnlyList<DumpedEmail>> WaitForAsync(Func<IReadOnlyList<DumpedEmail>, bool> enough, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var emails = Emails();
            if (enough(emails))
            {
                return emails;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}; {emails.Count} email(s) arrived in all.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The path of the Approve link in a decision-request email: /decide/{token}.</summary>
    public static string ApproveLinkPath(DumpedEmail email)
    {
        var match = ApproveLink().Match(email.Text);
        return match.Success ? match.Groups["path"].Value : throw new InvalidOperationException($"No Approve link in '{email.Subject}'.");
    }

    [GeneratedRegex(@"Approve: https?://[^/\s]+(?<path>/decide/[A-Za-z0-9_-]+)")]
    private static partial Regex ApproveLink();
}
