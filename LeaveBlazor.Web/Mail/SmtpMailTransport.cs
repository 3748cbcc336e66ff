using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LeaveBlazor.Web.Mail;

/// <summary>Sends through the configured SMTP server, connecting on the first email of a run and reusing the connection for the rest.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options, ILogger<SmtpMailTransport> logger) : IMailTransport
{
    // QUIT is a courtesy; a server that does not answer must not hold up the run or the shutdown.
    private static readonly TimeSpan QuitTimeout = TimeSpan.FromSeconds(5);

    private readonly MailOptions _mail = options.Value;
    private readonly SmtpClient _client = new();

    public async Task SendAsync(MimeMessage message, Guid key, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            var socket = await SmtpSocket.ConnectAsync(_mail.Host, _mail.Port, TimeSpan.FromMilliseconds(_client.Timeout), cancellationToken);
            try
            {
                await _client.ConnectAsync(socket, _mail.Host, _mail.Port, SocketOptions(_mail.Security), cancellationToken);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            logger.LogDebug("Connected to {Host}:{Port} ({Security}).", _mail.Host, _mail.Port, _mail.Security);
        }

        if (!string.IsNullOrWhiteSpace(_mail.User) && !_client.IsAuthenticated)
        {
            await _client.AuthenticateAsync(_mail.User, _mail.Password, cancellationToken);
        }

        await _client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            using var timeout = new CancellationTokenSource(QuitTimeout);
            await _client.DisconnectAsync(quit: true, timeout.Token);
        }

        _client.Dispose();
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Smtp:Security must be None, StartTls or SslOnConnect."),
    };
}
