using System.Diagnostics;
using LeaveBlazor.Web.Jobs;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// The real app as its own process (the Web project's build output, in Production), on Kestrel at 127.0.0.1, its
/// database one of the bench's (<see cref="BenchDatabase"/>) and its mail going to <see cref="SmtpSink"/>. Its working set is read from
/// the operating system; its allocations through <see cref="AppProbe"/>. On PostgreSQL, several may share one database.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private AppProcess(Process process, Uri baseAddress, AppProbe probe)
    {
        _process = process;
        BaseAddress = baseAddress;
        Probe = probe;
    }

    public Uri BaseAddress { get; }

    public AppProbe Probe { get; }

    public int ProcessId => _process.Id;

    /// <summary>The settings the bench gives the app on top of the top-level appsettings.json.</summary>
    /// <param name="hangfireStorage">On SQLite, Hangfire's storage (its file goes beside the database's); the app's default unless the bench's <c>--hangfire=</c> says.</param>
    public static Dictionary<string, string> Settings(BenchDatabase database, int smtpPort, Uri baseAddress, string hangfireStorage = HangfireOptions.SQLite) => new(database.Settings(hangfireStorage))
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:FromAddress"] = "leave@bench.test",
        ["App:PublicBaseUrl"] = baseAddress.ToString().TrimEnd('/'),
        ["Leave:TimeZone"] = "UTC",
        // No reminder falls due while the bench runs; the reminder sweep is measured on its own.
        ["Reminders:Interval"] = "365.00:00:00",
        // The bench's people ask for day after day, a few hundred each over a run.
        ["Leave:MaxDaysAhead"] = "3650",
        // Every decision of the bench comes from one address.
        ["DecisionLinks:PermitPerMinute"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <param name="extra">Settings of one part on top of <see cref="Settings"/>.</param>
    public static async Task<AppProcess> StartAsync(Workspace workspace, BenchDatabase database, int smtpPort, string hangfireStorage = HangfireOptions.SQLite,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var port = Workspace.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var webFolder = WebBuild.OutputFolder;
        var probeSocket = workspace.File($"probe-{port}.sock");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(webFolder, "LeaveBlazor.Web.dll")])
        {
            WorkingDirectory = webFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
        start.Environment[StartupHook.SocketVariable] = probeSocket;
        foreach (var (key, value) in Settings(database, smtpPort, baseAddress, hangfireStorage).Concat(extra ?? new Dictionary<string, string>()))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var app = new AppProcess(process, baseAddress, new AppProbe(probeSocket));
        await Healthz.WaitAsync(baseAddress, process, "The app", StartTimeout, () => errors.ToString());
        return app;
    }

    /// <summary>The app's resident memory now, in bytes.</summary>
    public long WorkingSet()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>The app's resident memory split as Linux counts it: its own (heap, stacks, code) and pages of mapped files (the database under mmap, the binaries).</summary>
    public (long Anonymous, long FileBacked) ResidentParts()
    {
        long Field(string[] lines, string name) =>
            long.Parse(lines.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        return (Field(status, "RssAnon"), Field(status, "RssFile") + Field(status, "RssShmem"));
    }

    /// <summary>How many of the app's open files are <paramref name="path"/>: on SQLite, one per connection its pool keeps.</summary>
    public int OpenHandlesTo(string path)
    {
        var full = Path.GetFullPath(path);
        return Directory.EnumerateFiles($"/proc/{_process.Id}/fd").Count(fd =>
        {
            try
            {
                return new FileInfo(fd).LinkTarget == full;
            }
            catch (IOException)
            {
                return false; // closed meanwhile
            }
        });
    }

    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
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
