using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Deploy;

/// <summary>
/// The app published as the Dockerfile publishes it and run as its ENTRYPOINT runs it, with its ENV (the volume
/// mapped to a temp folder), as a user who may write only there: without Docker, with the same file layout. As root
/// the app runs as "nobody"; otherwise as the current user with the published files made read-only.
/// The volume starts with the admin and one employee, as after an admin set up the people.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class PublishedApp : IAsyncLifetime
{
    public const string EmployeeEmail = "erin@example.com";
    public const string EmployeePassword = "Erin-employee-1";
    private const int Nobody = 65534;

    private Process? _app;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "leaveblazor-tests", $"published-{Guid.NewGuid():N}");

    public string AppFolder => Path.Combine(Folder, "app");

    public string DataFolder => Path.Combine(Folder, "data");

    public DockerfileRecipe Recipe { get; } = DockerfileRecipe.Read(Path.Combine(MailDevInstall.RepositoryRoot, "Dockerfile"));

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public List<string> Output { get; } = [];

    public static bool AsRoot => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        await PublishAsync();
        await SeedPeopleAsync();
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        var environment = new Dictionary<string, string>(Recipe.Environment.ToDictionary(e => e.Key, e => InVolume(e.Value)))
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(),

            // Loopback only here; the image listens on every address of its own network.
            ["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/'),
            ["App__PublicBaseUrl"] = Address.ToString().TrimEnd('/'),
        };
        _app = Start(Recipe.Entrypoint, environment);
        await Eventually.HoldsAsync(HealthStatusAsync, status => status == HttpStatusCode.OK || _app.HasExited, "the published app to answer /healthz",
            TimeSpan.FromSeconds(60));
        if (_app.HasExited)
        {
            throw new InvalidOperationException($"The published app stopped with {_app.ExitCode}:\n{string.Join("\n", Output)}");
        }
    }

    /// <summary>Runs the image's HEALTHCHECK command as the app's user, with the app's environment; its exit code.</summary>
    public async Task<int> RunHealthCheckAsync()
    {
        var check = Start(Recipe.HealthCheck, new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = Address.Port.ToString() });
        await check.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return check.ExitCode;
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    private string InVolume(string value) => value.Replace(Recipe.DataVolume + "/", DataFolder + "/", StringComparison.Ordinal);

    private async Task PublishAsync()
    {
        var arguments = Recipe.PublishCommand.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var output = arguments.IndexOf("--output");
        arguments[output + 1] = AppFolder;
        var publish = new ProcessStartInfo(arguments[0]) { WorkingDirectory = MailDevInstall.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Skip(1))
        {
            publish.ArgumentList.Add(argument);
        }

        using var process = Process.Start(publish)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(6)).Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Recipe.PublishCommand} failed:\n{await log}\n{await errors}");
        }
    }

    /// <summary>The admin (FirstAdmin, as README's docker run) and an employee reporting to them, made by the app itself in-process.</summary>
    private async Task SeedPeopleAsync()
    {
        await using (var app = new ProductionApp(Path.Combine(DataFolder, "leave.db"), ProductionStarts.FirstAdmin()))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            var admin = (await app.AccountAsync(ProductionStarts.AdminEmail))!.Id;
            await accounts.CreateAsync(new UserDraft(EmployeeEmail, "Erin Employee", admin, [], EmployeePassword), Actor.App);
        }

        SqliteConnection.ClearAllPools();
        if (AsRoot)
        {
            foreach (var path in Directory.EnumerateFileSystemEntries(DataFolder, "*", SearchOption.AllDirectories).Append(DataFolder))
            {
                Chown(path);
            }
        }
        else
        {
            foreach (var path in Directory.EnumerateFileSystemEntries(AppFolder, "*", SearchOption.AllDirectories).Append(AppFolder))
            {
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
            }
        }
    }

    private static void Chown(string path)
    {
        using var chown = Process.Start("chown", ["-h", $"{Nobody}:{Nobody}", path]);
        chown.WaitForExit();
    }

    private Process Start(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment)
    {
        var start = AsRoot
            ? new ProcessStartInfo("setpriv") { ArgumentList = { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--" } }
            : new ProcessStartInfo(command[0]);
        foreach (var argument in AsRoot ? command : command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.WorkingDirectory = AppFolder;
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.Environment.Clear();
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");
        start.Environment["HOME"] = "/nonexistent";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (Output)
            {
                Output.Add(line);
            }
        }
    }

    private async Task<HttpStatusCode?> HealthStatusAsync()
    {
        try
        {
            using var client = Client();
            using var response = await client.GetAsync("/healthz");
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task DisposeAsync()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }

        if (Directory.Exists(AppFolder))
        {
            foreach (var path in Directory.EnumerateFileSystemEntries(AppFolder, "*", SearchOption.AllDirectories).Append(AppFolder))
            {
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserWrite);
            }
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
