using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace LeaveBlazor.Web.Mail;

/// <summary>What a failed hand-over to the mail server means for the email, and for the rest of the run.</summary>
/// <param name="Error">What an admin reads on the Outbox page: the server's reply or the network error, never the email.</param>
/// <param name="Permanent">Waiting will not help: the email is failed at once.</param>
/// <param name="ConnectionLost">The connection is gone or never came up: the run stops and the other emails wait for the next one.</param>
/// <param name="Expected">A failure mail servers and networks are known to cause, as opposed to a bug worth a stack trace.</param>
public sealed record SendFailure(string Error, bool Permanent, bool ConnectionLost, bool Expected)
{
    private const int MaxErrorLength = 2000; // the outbox column's length

    public static SendFailure Of(Exception exception) => exception switch
    {
        // 5xx about this email (no such mailbox, content or sender refused): another try gets the same answer.
        SmtpCommandException { StatusCode: >= (SmtpStatusCode)500, ErrorCode: not SmtpErrorCode.UnexpectedStatusCode } refused =>
            new(Describe(refused), Permanent: true, ConnectionLost: false, Expected: true),

        // 5xx to the greeting, EHLO or STARTTLS: the server turns this app away, not this email; every email would fail alike.
        SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 } turnedAway =>
            new(Describe(turnedAway), Permanent: false, ConnectionLost: true, Expected: true),

        // 4xx: try later (greylisting, a full mailbox, a busy server); 421 means the server is closing the connection.
        SmtpCommandException deferred =>
            new(Describe(deferred), Permanent: false, ConnectionLost: deferred.StatusCode == SmtpStatusCode.ServiceNotAvailable, Expected: true),

        // Server down or unreachable, dropped connection, TLS or sign-in refused: nothing this email can fix, so no
        // other email of this run would fare better; retrying also covers a configuration an admin corrects meanwhile.
        SocketException or IOException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException
            or ServiceNotAuthenticatedException or AuthenticationException or SslHandshakeException or NotSupportedException =>
            new(Describe(exception), Permanent: false, ConnectionLost: true, Expected: true),

        _ => new(Describe(exception), Permanent: false, ConnectionLost: true, Expected: false),
    };

    private static string Describe(SmtpCommandException refused)
    {
        var who = refused.Mailbox is null ? "" : $" ({refused.Mailbox.Address})";
        return Truncate($"{(int)refused.StatusCode} {refused.ErrorCode}{who}: {refused.Message}");
    }

    private static string Describe(Exception exception) => Truncate($"{exception.GetType().Name}: {exception.Message}");

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..(MaxErrorLength - 1)] + "…";
}
