using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>
/// The real app in Production (or the given environment) on the given SQLite file, with the given settings on top of
/// appsettings.json; everything it logs is kept in <see cref="Log"/>.
/// </summary>
public sealed class ProductionApp(string databaseFile, IReadOnlyDictionary<string, string?> settings, string environment = "Production")
    : WebApplicationFactory<Program>
{
    public LogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.UseSetting("ConnectionStrings:Leave", $"Data Source={databaseFile}");
        builder.UseSetting("Hangfire:SqliteFile", Path.Combine(Path.GetDirectoryName(databaseFile)!, "hangfire.db"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>
/// Starts of the app in Production, one after another on the same SQLite file in a temp folder of this fixture's
/// own, as an operator would restart it. Subclasses start it in <see cref="InitializeAsync"/>; the tests look at
/// <see cref="App"/>, the last start, which is still running. The folder goes when the fixture is disposed.
/// </summary>
public abstract class ProductionStarts : IAsyncLifetime
{
    public const string AdminEmail = "first.admin@leaveblazor.test";
    public const string AdminPassword = "First-admin-1";
    public const string AdminName = "Fiona First";

    private ProductionApp? _app;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "leaveblazor-tests", $"production-{Guid.NewGuid():N}");

    public ProductionApp App => _app ?? throw new InvalidOperationException("The app is started in InitializeAsync.");

    /// <summary>The FirstAdmin section an operator would set, for the given email.</summary>
    public static IReadOnlyDictionary<string, string?> FirstAdmin(string email = AdminEmail) => new Dictionary<string, string?>
    {
        [$"{FirstAdminOptions.Section}:{nameof(FirstAdminOptions.Email)}"] = email,
        [$"{FirstAdminOptions.Section}:{nameof(FirstAdminOptions.Password)}"] = AdminPassword,
        [$"{FirstAdminOptions.Section}:{nameof(FirstAdminOptions.DisplayName)}"] = AdminName,
    };

    public abstract Task InitializeAsync();

    /// <summary>Stops the running start, if any, and starts the app again on the same file.</summary>
    protected async Task StartAsync(IReadOnlyDictionary<string, string?> settings, string environment = "Production")
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _app = new ProductionApp(Path.Combine(Folder, "leave.db"), settings, environment);
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        // Pooled connections keep the file (and its -wal/-shm companions) open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
