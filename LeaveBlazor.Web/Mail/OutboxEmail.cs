using System.Text;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Notifications;
using MimeKit;

namespace LeaveBlazor.Web.Mail;

/// <summary>Turns an outbox row into the MIME message that leaves: sender from the options, recipient checked by MimeKit.</summary>
public static class OutboxEmail
{
    /// <summary>The recipient, or null when the stored address is not a plain address with a domain.</summary>
    public static MailboxAddress? Recipient(OutboxMessage message) =>
        MailboxAddress.TryParse(message.ToAddress, out var parsed) && parsed.Domain.Length > 0 && string.IsNullOrEmpty(parsed.Name)
            ? new MailboxAddress(WithoutControlCharacters(message.ToName), parsed.Address)
            : null;

    public static MimeMessage Compose(OutboxMessage message, MailboxAddress to, EmailBodies bodies, MailOptions mail)
    {
        var body = new BodyBuilder { TextBody = bodies.Text, HtmlBody = bodies.Html };
        if (message.CalendarAttachment is { } calendar)
        {
            // method=PUBLISH says it is for the calendar, not an invitation to answer (RFC 6047).
            var type = new ContentType("text", "calendar") { Charset = "utf-8" };
            type.Parameters.Add("method", "PUBLISH");
            body.Attachments.Add(message.CalendarFileName, Encoding.UTF8.GetBytes(calendar), type);
        }

        var email = new MimeMessage
        {
            Subject = message.Subject,
            Date = message.CreatedAt,
            MessageId = message.MessageId(mail.FromDomain),
            Body = body.ToMessageBody(),
        };
        email.From.Add(mail.From);
        email.To.Add(to);

        // RFC 3834: tells vacation responders and ticket systems not to answer a notification.
        email.Headers.Add("Auto-Submitted", "auto-generated");
        return email;
    }

    private static string WithoutControlCharacters(string name) => new(name.Where(c => !char.IsControl(c)).ToArray());
}
