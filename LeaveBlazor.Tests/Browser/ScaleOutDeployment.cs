using System.Diagnostics;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// <c>deploy/scale-out/run</c> as an operator runs it, on the app this test build made: a throwaway PostgreSQL
/// cluster, two instances in Production and HAProxy in front. Stopped with SIGTERM, as Ctrl-C or a service manager does.
/// </summary>
public sealed class ScaleOutDeployment : IAsyncLifetime
{
    public const string AdminEmail = "it@scale-out.test";
    public const string AdminPassword = "Scale-out-admin-1";

    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan StopBound = TimeSpan.FromMinutes(1);

    private readonly List<string> _errors = [];
    private Process? _script;

    public Uri ProxyUrl { get; private set; } = null!;

    /// <summary>Whether the script had ended by itself (having stopped what it started) when it was told to stop.</summary>
    public bool StoppedWithinBound { get; private set; }

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(MailDevInstall.RepositoryRoot, "deploy", "scale-out", "run")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["LEAVEBLAZOR_APP_DLL"] = Path.Combine(AppProcess.WebOutputFolder, "LeaveBlazor.Web.dll");
        start.Environment["FirstAdmin__Email"] = AdminEmail;
        start.Environment["FirstAdmin__Password"] = AdminPassword;
        _script = Process.Start(start) ?? throw new InvalidOperationException("deploy/scale-out/run did not start.");
        _script.ErrorDataReceived += (_, line) =>
        {
            lock (_errors)
            {
                _errors.Add(line.Data ?? "");
            }
        };
        _script.BeginErrorReadLine();

        using var bound = new CancellationTokenSource(StartBound);
        while (await _script.StandardOutput.ReadLineAsync(bound.Token) is { } line)
        {
            if (Uri.TryCreate(line, UriKind.Absolute, out var url))
            {
                ProxyUrl = url;
                return;
            }
        }

        throw new InvalidOperationException($"deploy/scale-out/run ended without printing the proxy's address: {Errors()}");
    }

    /// <summary>SIGTERM, then waits for the script to stop everything it started.</summary>
    public async Task StopAsync()
    {
        if (_script is null || _script.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _script.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var bound = new CancellationTokenSource(StopBound);
        try
        {
            await _script.WaitForExitAsync(bound.Token);
            StoppedWithinBound = true;
        }
        catch (OperationCanceledException)
        {
            _script.Kill(entireProcessTree: true);
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _script?.Dispose();
    }

    private string Errors()
    {
        lock (_errors)
        {
            return string.Join('\n', _errors);
        }
    }
}
