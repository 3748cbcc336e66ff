using System.Net.Sockets;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// The TCP connection to the mail server, opened here rather than by MailKit so that Nagle's algorithm is off: with it
/// on, the last part of each email waited for the server's delayed acknowledgement (40 ms on Linux), which held
/// sending to about 20 emails a second, where the same loop without the wait sends thousands.
/// </summary>
public static class SmtpSocket
{
    public static async Task<Socket> ConnectAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Dual-mode: a host name that resolves to IPv4 or IPv6 is reached either way.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(host, port, bounded.Token);
            return socket;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"{host}:{port} did not accept a connection within {timeout.TotalSeconds:0} s.");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
