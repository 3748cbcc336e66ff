using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// A real SMTP server for the tests: MailDev (see <see cref="MailDevInstall"/>) as one child process, bound to
/// 127.0.0.1 on two free ports, SMTP and its HTTP API. It can be stopped and started again on the same ports (an
/// outage); it is killed on dispose, and quits by itself if the test process dies first.
/// </summary>
public sealed class MailDevServer : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // What MailDev last printed, for the message when it does not come up.
    private readonly ConcurrentQueue<string> _output = new();
    private readonly HttpClient _api;
    private Process? _process;

    private MailDevServer(int smtpPort, int webPort)
    {
        SmtpPort = smtpPort;
        WebPort = webPort;
        MailDirectory = Path.Combine(Path.GetTempPath(), "leaveblazor-tests", $"maildev-{Guid.NewGuid():N}");
        Directory.CreateDirectory(MailDirectory);
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    public int WebPort { get; }

    /// <summary>Where MailDev keeps what it received, so it survives a stop and start.</summary>
    public string MailDirectory { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Installs MailDev if needed and starts it on two free loopback ports, trying new ones if another process takes them first.</summary>
    public static async Task<MailDevServer> StartNewAsync()
    {
        await MailDevInstall.EnsureAsync();
        const int Tries = 3;
        for (var attempt = 1; ; attempt++)
        {
            var (smtp, web) = TwoFreeLoopbackPorts();
            var server = new MailDevServer(smtp, web);
            try
            {
                await server.StartAsync();
                return server;
            }
            catch (Exception) when (attempt < Tries)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>Starts MailDev on this server's ports (again, after <see cref="StopAsync"/>) and returns once its API answers.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        _output.Clear();
        _process?.Dispose();
        _process = Process.Start(StartInfo()) ?? throw new InvalidOperationException("node did not start.");
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var waited = Stopwatch.StartNew();
        while (!await HealthyAsync())
        {
            if (_process.HasExited || waited.Elapsed > StartBound)
            {
                var why = _process.HasExited ? $"exited with {_process.ExitCode}" : $"did not answer within {StartBound.TotalSeconds} s";
                await StopAsync();
                throw new InvalidOperationException(
                    $"MailDev on SMTP {SmtpPort} / web {WebPort} {why}. Its output:\n{string.Join('\n', _output)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Kills MailDev; its SMTP port refuses connections until <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        using var patience = new CancellationTokenSource(StopBound);
        await _process.WaitForExitAsync(patience.Token);
    }

    /// <summary>Every email received so far, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> MessagesAsync() =>
        await _api.GetFromJsonAsync<List<ReceivedEmail>>("api/email", Json) ?? [];

    /// <summary>An email's raw source as it came over SMTP (MIME, attachments included).</summary>
    public async Task<Stream> SourceAsync(ReceivedEmail email) =>
        await _api.GetStreamAsync($"api/email/{Uri.EscapeDataString(email.Id)}/source");

    /// <summary>The received emails once <paramref name="holds"/> is true of them; a <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public Task<IReadOnlyList<ReceivedEmail>> WaitForAsync(Func<IReadOnlyList<ReceivedEmail>, bool> holds, string what, TimeSpan? timeout = null) =>
        Eventually.HoldsAsync(MessagesAsync, holds, what, timeout, Describe);

    public async Task ClearAsync()
    {
        using var response = await _api.DeleteAsync("api/email/all");
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            _process?.Dispose();
            _process = null;
            _api.Dispose();
            if (Directory.Exists(MailDirectory))
            {
                Directory.Delete(MailDirectory, recursive: true);
            }
        }
    }

    private static string Describe(IReadOnlyList<ReceivedEmail> emails) =>
        emails.Count == 0 ? "no email" : string.Join("; ", emails);

    private ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo("node")
        {
            // Not the repository: MailDev reads configuration files from its working folder and the folders above.
            WorkingDirectory = MailDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--import", MailDevInstall.ExitWithParentModule, MailDevInstall.Script,
            "--ip", "127.0.0.1", "--web-ip", "127.0.0.1",
            "-s", $"{SmtpPort}", "-w", $"{WebPort}",
            "--mail-directory", MailDirectory,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only the command line decides where MailDev listens.
        foreach (var setting in start.Environment.Keys.Where(k => k.StartsWith("MAILDEV_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(setting);
        }

        return start;
    }

    private async Task<bool> HealthyAsync()
    {
        try
        {
            using var response = await _api.GetAsync("api/healthz");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false; // not listening yet
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (_output.Count > 50)
        {
            _output.TryDequeue(out _);
        }
    }

    // Both listeners are open at once, so the two ports differ; the OS may hand them out again once closed, hence the retries above.
    private static (int Smtp, int Web) TwoFreeLoopbackPorts()
    {
        var smtp = new TcpListener(IPAddress.Loopback, 0);
        var web = new TcpListener(IPAddress.Loopback, 0);
        smtp.Start();
        web.Start();
        try
        {
            return (((IPEndPoint)smtp.LocalEndpoint).Port, ((IPEndPoint)web.LocalEndpoint).Port);
        }
        finally
        {
            smtp.Stop();
            web.Stop();
        }
    }
}
