using System.Net;
using System.Net.Sockets;
using LeaveBlazor.Web.Mail;

namespace LeaveBlazor.Tests.Mail;

/// <summary>
/// The connection to the mail server goes without Nagle's algorithm: with it, each email waited for the server's
/// delayed acknowledgement, and a loop of real-sized emails to smtp-sink went at 22 a second instead of 3,231.
/// </summary>
public sealed class SmtpSocketTests
{
    [Fact]
    public async Task Connection_to_the_server_sends_without_waiting_for_acknowledgements()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var port = ((IPEndPoint)server.LocalEndpoint).Port;

        using var socket = await SmtpSocket.ConnectAsync("127.0.0.1", port, TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal((true, true), (socket.Connected, socket.NoDelay));
    }

    [Fact]
    public async Task Host_name_is_resolved_and_each_of_its_addresses_tried()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var port = ((IPEndPoint)server.LocalEndpoint).Port;

        using var socket = await SmtpSocket.ConnectAsync("localhost", port, TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.True(socket.Connected);
    }
}
