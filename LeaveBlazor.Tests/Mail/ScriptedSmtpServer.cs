using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LeaveBlazor.Tests.Mail;

/// <summary>
/// A real SMTP listener on 127.0.0.1 that answers like a plain server (no TLS, no sign-in) unless the script says
/// otherwise, for the failures a real server only shows now and then: refused recipients, greylisting, dropped
/// connections. It records what it was told, and stops by itself after <see cref="Lifetime"/> at the latest.
/// </summary>
public sealed class ScriptedSmtpServer : IAsyncDisposable
{
    /// <summary>Returned by a script: close the connection without answering.</summary>
    public const string Drop = "<drop>";

    /// <summary>What the script sees at the end of a message's data, in place of a command.</summary>
    public const string EndOfData = "<end of data>";

    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new(Lifetime);
    private readonly Func<string, string?> _script;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ConcurrentQueue<string> _messages = new();
    private readonly ConcurrentQueue<string> _received = new();
    private readonly Task _accepting;
    private int _connections;

    /// <param name="script">Given each command line (or <see cref="EndOfData"/>), a reply to send instead of the usual one; null for the usual.</param>
    private ScriptedSmtpServer(Func<string, string?> script, string greeting)
    {
        _script = script;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(greeting);
    }

    public int Port { get; }

    public int Connections => _connections;

    /// <summary>Every command line received, in order, across connections.</summary>
    public IReadOnlyList<string> Commands => _commands.ToList();

    /// <summary>The raw data of every message the server accepted.</summary>
    public IReadOnlyList<string> Messages => _messages.ToList();

    /// <summary>The raw data of every message that reached the server, accepted or not: what a server may deliver even when the sender never hears back.</summary>
    public IReadOnlyList<string> Received => _received.ToList();

    public static ScriptedSmtpServer Start(Func<string, string?>? script = null, string greeting = "220 scripted.test ESMTP ready") =>
        new(script ?? (_ => null), greeting);

    /// <summary>A port on 127.0.0.1 where nothing listens (taken, then given back).</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync(string greeting)
    {
        var sessions = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                sessions.Add(ServeAsync(client, greeting));
            }
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Disposed, or the lifetime ran out.
        }

        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient client, string greeting)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync(greeting);
            if (!greeting.StartsWith("220", StringComparison.Ordinal))
            {
                return;
            }

            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                _commands.Enqueue(line);
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                var reply = _script(line) ?? Usual(verb);
                if (reply == Drop)
                {
                    return;
                }

                if (verb == "DATA" && reply.StartsWith("354", StringComparison.Ordinal))
                {
                    await writer.WriteLineAsync(reply);
                    var data = await ReadDataAsync(reader);
                    _received.Enqueue(data);
                    reply = _script(EndOfData) ?? "250 2.0.0 queued";
                    if (reply == Drop)
                    {
                        return;
                    }

                    if (reply.StartsWith('2'))
                    {
                        _messages.Enqueue(data);
                    }
                }

                await writer.WriteLineAsync(reply);
                if (verb == "QUIT")
                {
                    return;
                }
            }
        }
        catch (Exception gone) when (gone is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up, or the server is stopping.
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            data.Append(line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string Usual(string verb) => verb switch
    {
        "EHLO" or "HELO" => "250 scripted.test",
        "DATA" => "354 end data with <CR><LF>.<CR><LF>",
        "QUIT" => "221 2.0.0 bye",
        "MAIL" or "RCPT" or "RSET" or "NOOP" => "250 2.0.0 ok",
        _ => "502 5.5.2 command not implemented",
    };
}
