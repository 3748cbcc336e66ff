using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Notifications;
using MimeKit;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// An outbox email composed ahead of its turn to send, or what went wrong composing it: that counts as a failure to
/// send it, recorded when its turn comes, as if composing had happened then.
/// </summary>
internal sealed record ComposedEmail(MimeMessage? Email, Exception? Problem)
{
    public static ComposedEmail Of(OutboxMessage message, EmailBodies bodies, MailOptions mail)
    {
        try
        {
            return new ComposedEmail(OutboxEmail.Compose(message, OutboxEmail.Recipient(message)!, bodies, mail), null);
        }
        catch (Exception exception)
        {
            return new ComposedEmail(null, exception);
        }
    }

    /// <summary>The email, or the problem thrown again.</summary>
    public MimeMessage Ready() => Email ?? throw Problem!;
}
