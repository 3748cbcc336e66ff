using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Data;
using LeaveBlazor.Web.Hosting;
using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// The app's own services (data, accounts, mail) over a bench database, built the way Program.cs builds them but
/// never started: the bench prepares databases with them and runs the reminder job and the outbox dispatcher directly.
/// </summary>
public sealed class InProcessApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessApp(WebApplication app)
    {
        _app = app;
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>The same over a SQLite file.</summary>
    public static Task<InProcessApp> OpenAsync(string databaseFile, int smtpPort = 25) => OpenAsync(BenchDatabase.Sqlite(databaseFile), smtpPort);

    /// <summary>Creates or upgrades the database and its roles, as the app does at start.</summary>
    public static async Task<InProcessApp> OpenAsync(BenchDatabase database, int smtpPort = 25)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddTopLevelSettings();
        builder.Configuration.AddInMemoryCollection(AppProcess.Settings(database, smtpPort, new Uri("http://127.0.0.1/"))
            .Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)));
        builder.Logging.ClearProviders();
        builder.AddLeaveData();
        builder.AddLeaveIdentity();
        builder.AddLeaveMail();
        var app = builder.Build();
        await app.MigrateLeaveDatabaseAsync();
        await app.SeedAccountsAsync();
        return new InProcessApp(app);
    }

    public async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> use)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Creates a person the way an admin does; returns their id.</summary>
    public Task<string> CreatePersonAsync(string email, string name, string? managerId, params string[] roles) =>
        InScopeAsync<UserAccounts, string>(accounts => accounts.CreateAsync(new UserDraft(email, name, managerId, roles, People.Password), Actor.App));

    /// <summary>The calendar every bench person has: the default terms (Monday to Friday, the default country's holidays), no company days.</summary>
    public WorkingDayCalendar StandardCalendar() =>
        Services.GetRequiredService<WorkingCalendars>().Of(new Employee("anyone", "anyone@bench.test", "Anyone"), []);

    /// <summary>
    /// Annual leave allows the most a policy may (every day of a year), so the allowance check runs on every submission
    /// but never refuses one: each bench person asks for hundreds of days.
    /// </summary>
    public async Task AllowAnnualLeaveOnEveryDayAsync()
    {
        var annual = (await InScopeAsync<LeavePolicies, List<LeavePolicy>>(policies => policies.ActiveAsync())).Named("Annual")
            ?? throw new InvalidOperationException("The bench database has no Annual leave type.");
        await InScopeAsync<ChangeLeavePolicies, LeavePolicy>(change =>
            change.ChangeAsync(annual.Id, annual.ToDraft() with { YearlyAllowanceDays = LeavePolicyRules.MaxDays }, Actor.App));
    }

    public OutboxDispatcher Dispatcher(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
