using MimeKit;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// Where a dispatch run hands its emails: an SMTP server, or a folder of .eml files when none is configured.
/// One transport serves one run, so SMTP keeps a single connection for all of the run's emails.
/// </summary>
public interface IMailTransport : IAsyncDisposable
{
    /// <param name="key">The outbox row's stable key; the pickup folder names its file after it.</param>
    Task SendAsync(MimeMessage message, Guid key, CancellationToken cancellationToken);
}
