using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration;

/// <summary>
/// The real app in Development (so the demo people are seeded) on a SQLite file of its own in a fresh temp folder, or,
/// in a variant that says <see cref="OnPostgreSql"/>, on a PostgreSQL database of its own on the tests' server
/// (<see cref="TestPostgres"/>). The host starts in <see cref="InitializeAsync"/>; the folder and the database go when
/// the fixture is disposed.
/// </summary>
public class LeaveApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@leaveblazor.test";
    public const string DanaEmail = "dana@leaveblazor.test";
    public const string AlexEmail = "alex@leaveblazor.test";
    public const string SamEmail = "sam@leaveblazor.test";

    private DateOnly _lastDayUsed;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "leaveblazor-tests", $"app-{Guid.NewGuid():N}");

    public string DatabaseFile => Path.Combine(Folder, "leave.db");

    /// <summary>Hangfire's own SQLite file (the default storage), beside the app database.</summary>
    public string HangfireFile => Path.Combine(Folder, "hangfire.db");

    /// <summary>Where the app writes its emails as .eml files (no SMTP host is set), instead of the web project's folder.</summary>
    public string PickupFolder => Path.Combine(Folder, "mail-pickup");

    /// <summary>Where the app keeps its copies of the database.</summary>
    public string BackupFolder => Path.Combine(Folder, "backups");

    /// <summary>True in the variants of a fixture that run the same tests on PostgreSQL.</summary>
    public virtual bool OnPostgreSql => false;

    /// <summary>This app's own database on the tests' PostgreSQL server (when <see cref="OnPostgreSql"/>).</summary>
    public string PostgreSqlDatabase { get; } = $"leaveblazor_test_{Guid.NewGuid():N}";

    /// <summary>False for a second instance on another app's database, which that app drops.</summary>
    protected virtual bool OwnsDatabase => true;

    /// <summary>True when the database file existed before the app first started (it never should).</summary>
    public bool DatabaseExistedBeforeStart { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (OnPostgreSql)
        {
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:Leave", TestPostgres.ConnectionTo(PostgreSqlDatabase));
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Leave", $"Data Source={DatabaseFile}");
        }

        builder.UseSetting("Hangfire:SqliteFile", HangfireFile);
        builder.UseSetting("Smtp:PickupFolder", PickupFolder);

        // Recurring jobs only when a test asks for them: a run at a minute boundary would remind or send behind its back.
        builder.UseSetting("Reminders:Cron", Hangfire.Cron.Never());
        builder.UseSetting("Smtp:SweepCron", Hangfire.Cron.Never());
        builder.UseSetting("Backup:Cron", Hangfire.Cron.Never());
        builder.UseSetting("Backup:Folder", BackupFolder);
    }

    public virtual Task InitializeAsync()
    {
        DatabaseExistedBeforeStart = File.Exists(DatabaseFile);
        StartHost();
        return Task.CompletedTask;
    }

    /// <summary>Starts the app on the in-memory test server; an app that a real browser visits starts Kestrel instead.</summary>
    protected virtual void StartHost() => _ = Server;

    /// <summary>A client that keeps cookies and shows redirects rather than following them.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var browser = CreateBrowser();
        var response = await browser.SignInAsync(email, AccountSeeding.DemoPassword);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }

        return browser;
    }

    /// <summary>The directory entry of a seeded demo person (their id is the sign-in account's).</summary>
    public async Task<Employee> EmployeeAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account {email}.");
        return await scope.ServiceProvider.GetRequiredService<EmployeeDirectory>().FindAsync(user.Id)
            ?? throw new InvalidOperationException($"No directory entry for {email}.");
    }

    /// <summary>Runs one operation with a service from a fresh scope of the app's container, as one request would.</summary>
    public async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>
    /// Lets Annual leave go as far below zero as a policy may, for apps whose tests submit more days than one year's
    /// allowance; the balance rules have tests of their own.
    /// </summary>
    public async Task LetAnnualLeaveRunBelowZeroAsync()
    {
        var admin = await EmployeeAsync(AdminEmail);
        await using var scope = Services.CreateAsyncScope();
        var annual = (await scope.ServiceProvider.GetRequiredService<LeavePolicies>().EveryAsync()).Named("Annual")
            ?? throw new InvalidOperationException("No Annual leave type.");
        await scope.ServiceProvider.GetRequiredService<ChangeLeavePolicies>().ChangeAsync(
            annual.Id, annual.ToDraft() with { MaxBelowZeroDays = LeavePolicyRules.MaxDays }, new Actor(admin.Id, admin.DisplayName));
    }

    /// <summary>The first working day two weeks from the app's today, so that no leave rule stands in the way.</summary>
    public DateOnly WorkingDayInTwoWeeks() => WorkingDayFrom(Services.GetRequiredService<LeaveClock>().Today.AddDays(14));

    /// <summary>
    /// A working day after every one handed out before by this app (tests of one app ask for one-day leave that must
    /// not overlap, and over a class more than a year's allowance).
    /// </summary>
    public DateOnly NextFreeDay()
    {
        var day = WorkingDayInTwoWeeks();
        _lastDayUsed = day > _lastDayUsed ? day : WorkingDayFrom(_lastDayUsed.AddDays(1));
        return _lastDayUsed;
    }

    /// <summary><paramref name="day"/> if the test people's calendar works it, else the first working day after it.</summary>
    public DateOnly WorkingDayFrom(DateOnly day)
    {
        var calendar = StandardCalendar.Of(Services);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();

        // Pooled connections keep the file (and its -wal/-shm companions) open.
        SqliteConnection.ClearAllPools();
        if (OnPostgreSql && OwnsDatabase)
        {
            await TestPostgres.DropAsync(PostgreSqlDatabase);
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

/// <summary>The app hosts start one at a time: they share EF's model cache and the temp folder root.</summary>
[CollectionDefinition(Name)]
public sealed class LeaveAppCollection
{
    public const string Name = "Leave app";
}
