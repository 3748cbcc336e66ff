using System.Diagnostics;
using System.Globalization;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// HAProxy on 127.0.0.1 in front of app instances, configured as <c>deploy/scale-out/run</c> does (round robin, the
/// instance cookie for browsers, <c>/healthz</c> checks). The bench's API clients send no cookie, so their requests are
/// spread over the instances.
/// </summary>
public sealed class HaProxy : IAsyncDisposable
{
    private const string Program = "/usr/sbin/haproxy";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;

    private HaProxy(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<HaProxy> StartAsync(Workspace workspace, IReadOnlyList<AppProcess> instances)
    {
        if (!File.Exists(Program))
        {
            throw new InvalidOperationException($"{Program} is missing: run bench/run, which installs Debian's haproxy.");
        }

        var port = Workspace.FreePort();
        var config = workspace.File(string.Create(CultureInfo.InvariantCulture, $"haproxy-{port}.cfg"));
        await File.WriteAllTextAsync(config, Config(port, instances));
        var start = new ProcessStartInfo(Program, ["-f", config, "-db"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("HAProxy did not start.");
        process.OutputDataReceived += (_, _) => { };
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new HaProxy(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
        await Healthz.WaitAsync(proxy.BaseAddress, process, "HAProxy", StartTimeout, () => errors.ToString());
        return proxy;
    }

    private static string Config(int port, IReadOnlyList<AppProcess> instances) => string.Join('\n', [
        "global",
        "  maxconn 4096",
        "defaults",
        "  mode http",
        "  option forwardfor",
        "  timeout connect 5s",
        "  timeout client 1h",
        "  timeout server 1h",
        "frontend leaveblazor",
        string.Create(CultureInfo.InvariantCulture, $"  bind 127.0.0.1:{port}"),
        "  default_backend instances",
        "backend instances",
        "  balance roundrobin",
        "  cookie LEAVEBLAZOR_INSTANCE insert indirect nocache httponly attr \"SameSite=Lax\"",
        "  option httpchk GET /healthz",
        "  http-check expect status 200",
        .. instances.Select((instance, i) => string.Create(CultureInfo.InvariantCulture,
            $"  server i{i} 127.0.0.1:{instance.BaseAddress.Port} check inter 2s cookie i{i}")),
        "",
    ]);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
