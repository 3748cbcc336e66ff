using System.Diagnostics;
using System.Text;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// The real app as a process of its own (the Web project's build output, in Production) on 127.0.0.1, for what only a
/// separate process shows: being killed outright. It is killed on dispose if still running.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.ErrorDataReceived += (_, line) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(line.Data);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the app with <paramref name="settings"/> (as environment variables) and returns once /healthz answers.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        var app = new AppProcess(Process.Start(StartInfo(baseAddress, settings)) ?? throw new InvalidOperationException("The app did not start."), baseAddress);
        await app.WaitUntilHealthyAsync();
        return app;
    }

    /// <summary>Starts the app with settings it should refuse, and returns how it ended: its exit code and everything it wrote to stderr.</summary>
    public static async Task<(int ExitCode, string Errors)> RefusedStartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        await using var app = new AppProcess(Process.Start(StartInfo(baseAddress, settings)) ?? throw new InvalidOperationException("The app did not start."), baseAddress);
        using var bound = new CancellationTokenSource(StartBound);
        await app._process.WaitForExitAsync(bound.Token);
        app._process.WaitForExit(); // lets the stderr reader take the last lines
        return (app._process.ExitCode, app.Errors());
    }

    private static ProcessStartInfo StartInfo(Uri baseAddress, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(WebOutputFolder, "LeaveBlazor.Web.dll")])
        {
            WorkingDirectory = WebOutputFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["App__PublicBaseUrl"] = baseAddress.ToString().TrimEnd('/');
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    /// <summary>Ends the process at once, as <c>kill -9</c> does: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    /// <summary>Where the build put the app beside the tests (<c>LeaveBlazor.Web/bin/&lt;Configuration&gt;/&lt;framework&gt;</c>).</summary>
    public static string WebOutputFolder { get; } = LocateWebOutput();

    // The tests run from LeaveBlazor.Tests/bin/<Configuration>/<framework>/; building them builds the app beside.
    private static string LocateWebOutput()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = framework.Parent!;
        var repository = configuration.Parent!.Parent!.Parent!;
        var folder = Path.Combine(repository.FullName, "LeaveBlazor.Web", "bin", configuration.Name, framework.Name);
        return File.Exists(Path.Combine(folder, "LeaveBlazor.Web.dll"))
            ? folder
            : throw new InvalidOperationException($"The app is not built at {folder}: build LeaveBlazor.Tests (it builds the app).");
    }

    private static int FreeLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.HoldsAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The app exited with {_process.ExitCode} while starting: {Errors()}");
                }

                try
                {
                    using var response = await client.GetAsync("healthz");
                    return (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    return 0; // not listening yet
                }
            },
            status => status is >= 200 and < 300,
            $"the app at {BaseAddress} to answer /healthz",
            StartBound,
            status => $"status {status}; the app's errors: {Errors()}");
    }

    private string Errors()
    {
        lock (_errors)
        {
            return _errors.ToString();
        }
    }
}
