using LeaveBlazor.Core;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.PostgreSql;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// A real SQLite file in its own temp folder (or, for the tests that run on both engines, a PostgreSQL database of its
/// own on the tests' server, <see cref="TestPostgres"/>), migrated and seeded with <see cref="TestPeople"/>, plus the Core
/// services wired to it and to a <see cref="FakeTimeProvider"/> that starts on Monday 30 Nov 2026 at 09:00 UTC.
/// Use it as an xunit class fixture (the parameterless constructor), or per test through <see cref="CreateAsync"/>
/// when a test needs its own policy or a database no other test has touched.
/// </summary>
public class LeaveTestDatabase : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>When every test database's clock starts: a Monday morning.</summary>
    public static readonly DateTimeOffset StartTime = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The policy's "today" at <see cref="StartTime"/>.</summary>
    public static readonly DateOnly StartDay = new(2026, 11, 30);

    /// <summary>Where the emails of every test database say the app is.</summary>
    public const string PublicBaseUrl = "https://leave.example.test";

    private bool _disposed;

    public LeaveTestDatabase()
        : this(configurePolicy: null)
    {
    }

    /// <param name="configurePolicy">Changes to <see cref="LeaveOptions.Default"/> (in UTC) before the services are built.</param>
    /// <param name="configureReminders">Changes to the default <see cref="ReminderOptions"/> before the services are built.</param>
    /// <param name="onPostgreSql">True for a database on the tests' PostgreSQL server rather than a SQLite file.</param>
    protected LeaveTestDatabase(Action<LeaveOptions>? configurePolicy, Action<ReminderOptions>? configureReminders = null, bool onPostgreSql = false)
    {
        Folder = Path.Combine(Path.GetTempPath(), "leaveblazor-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "leave.db");
        PostgreSqlDatabase = onPostgreSql ? $"leaveblazor_test_{Guid.NewGuid():N}" : null;
        ConnectionString = PostgreSqlDatabase is null ? $"Data Source={FilePath}" : TestPostgres.ConnectionTo(PostgreSqlDatabase);

        Time = new FakeTimeProvider(StartTime);
        Policy = LeaveOptions.Default();
        Policy.TimeZone = "UTC";
        configurePolicy?.Invoke(Policy);
        Links = new AppLinkOptions { PublicBaseUrl = PublicBaseUrl };
        Reminders = new ReminderOptions();
        configureReminders?.Invoke(Reminders);

        var services = new ServiceCollection();
        services.AddLogging(); // the reminder job logs the requests it could not remind
        services.AddLeaveWorkflow();
        if (PostgreSqlDatabase is null)
        {
            services.AddLeaveSqlite(ConnectionString);
        }
        else
        {
            services.AddLeavePostgreSql(ConnectionString);
        }

        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Options.Create(Policy));
        services.AddSingleton(Options.Create(Links));
        services.AddSingleton(Options.Create(Reminders));
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>The database's name on the tests' PostgreSQL server, or null on SQLite.</summary>
    public string? PostgreSqlDatabase { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The leave policy the services see; change it only through the constructor.</summary>
    public LeaveOptions Policy { get; }

    /// <summary>How emails link back to the app: <see cref="PublicBaseUrl"/> and the default link lifetime.</summary>
    public AppLinkOptions Links { get; }

    /// <summary>How approvers are reminded; change it only through the constructor.</summary>
    public ReminderOptions Reminders { get; }

    public ServiceProvider Services { get; }

    /// <summary>A migrated, seeded database of its own, for one test.</summary>
    public static async Task<LeaveTestDatabase> CreateAsync(
        Action<LeaveOptions>? configurePolicy = null, Action<ReminderOptions>? configureReminders = null, bool onPostgreSql = false)
    {
        var database = new LeaveTestDatabase(configurePolicy, configureReminders, onPostgreSql);
        await database.InitializeAsync();
        return database;
    }

    /// <summary>A fresh scope, so a fresh <see cref="LeaveDbContext"/>, as one web request would get.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    /// <summary>Runs one piece of work with a service from a fresh scope.</summary>
    public async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Runs one piece of work with a service from a fresh scope.</summary>
    public async Task InScopeAsync<TService>(Func<TService, Task> work)
        where TService : notnull
    {
        await using var scope = CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task InitializeAsync()
    {
        await Services.MigrateLeaveDatabaseAsync();
        await using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<SeedLeavePolicies>().ExecuteAsync();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        db.Employees.AddRange(TestPeople.Everyone.Select(p => p.ToEmployee()));
        await db.SaveChangesAsync();

        // As the app does at start: the test people get Leave:DefaultCountry, Leave:PublicHolidays become company days.
        await scope.ServiceProvider.GetRequiredService<PrepareWorkingCalendars>().ExecuteAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Services.DisposeAsync();

        // Pooled connections keep the file (and its -wal/-shm companions) open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        if (PostgreSqlDatabase is not null)
        {
            await TestPostgres.DropAsync(PostgreSqlDatabase);
        }

        GC.SuppressFinalize(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
