using System.Diagnostics;
using System.Net.Sockets;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// Postfix's <c>smtp-sink</c> on 127.0.0.1: a real SMTP server that accepts everything as fast as the machine allows.
/// With a dump folder it writes each accepted message to a file, whose modification time is when it was accepted.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Program = "/usr/sbin/smtp-sink";

    private readonly Process _process;

    private SmtpSink(Process process, int port, string? dumpFolder)
    {
        _process = process;
        Port = port;
        DumpFolder = dumpFolder;
    }

    public int Port { get; }

    public string? DumpFolder { get; }

    public static async Task<SmtpSink> StartAsync(string? dumpFolder = null)
    {
        if (!System.IO.File.Exists(Program))
        {
            throw new InvalidOperationException($"{Program} is missing: run bench/run, which installs Debian's postfix (smtp-sink comes with it).");
        }

        var port = Workspace.FreePort();
        var start = new ProcessStartInfo(Program) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (Environment.UserName == "root")
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("nobody"); // smtp-sink refuses to run as root
        }

        if (dumpFolder is not null && !OperatingSystem.IsWindows())
        {
            // smtp-sink drops root privileges before writing, so the folder must be open to it.
            System.IO.File.SetUnixFileMode(dumpFolder, (UnixFileMode)0b111_111_111);
            start.ArgumentList.Add("-d");
            start.ArgumentList.Add(Path.Combine(dumpFolder, "%H%M%S."));
        }

        start.ArgumentList.Add($"127.0.0.1:{port}");
        start.ArgumentList.Add("1024");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Program} did not start.");
        var sink = new SmtpSink(process, port, dumpFolder);
        await sink.WaitUntilListeningAsync();
        return sink;
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"smtp-sink exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"smtp-sink did not listen on port {Port} within 5 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
