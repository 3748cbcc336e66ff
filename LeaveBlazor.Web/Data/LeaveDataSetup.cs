using LeaveBlazor.Core;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.PostgreSql;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Data.PostgreSql;
using LeaveBlazor.Web.Hosting;
using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Data;

public static class LeaveDataSetup
{
    public const string ConnectionName = "Leave";

    /// <summary>One application name on every instance: keys in the shared database protect what any of them issued.</summary>
    public const string ApplicationName = "LeaveBlazor";

    /// <summary>
    /// Both contexts on the one app database (a SQLite file, relative paths under the content root, or a PostgreSQL
    /// database), the engine's way of claiming outbox rows, the Data Protection keys in the database too, the leave
    /// policy and operations.
    /// </summary>
    public static WebApplicationBuilder AddLeaveData(this WebApplicationBuilder builder)
    {
        var database = DatabaseSettings.Of(builder);
        builder.Services.AddSingleton(database);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            builder.Services.AddLeavePostgreSql(database.ConnectionString);
            builder.Services.AddIdentityOnPostgreSql(database.ConnectionString);
            builder.Services.AddSingleton<IOutboxClaims, OutboxClaimsSkippingLocked>();
        }
        else
        {
            builder.Services.AddLeaveSqlite(database.ConnectionString);
            builder.Services.AddDbContext<IdentityDb>(options => options
                .UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable))
                .AddInterceptors(SqliteDatabase.Interceptors()), optionsLifetime: ServiceLifetime.Singleton);
            builder.Services.AddSingleton<IOutboxClaims, OutboxClaimsByConditionalUpdate>();
        }

        // Sign-in cookies, antiforgery and bearer tokens must survive a restart and be read by every instance.
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<IdentityDb>();

        builder.Services.AddCheckedSettings<LeaveOptions>(builder.Configuration, LeaveOptions.Section, leave => leave.Problems());
        builder.Services.AddCheckedSettings<ReminderOptions>(builder.Configuration, ReminderOptions.Section, reminders => reminders.Problems());
        builder.Services.AddLeaveWorkflow();
        return builder;
    }

    /// <summary>
    /// Adds to the options of every context on the app database, whichever engine holds it (each engine's context is
    /// a type of its own, and EF keeps options per type).
    /// </summary>
    public static IServiceCollection ConfigureLeaveDbContexts(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
    {
        services.ConfigureDbContext<LeaveDbContext>(configure);
        services.ConfigureDbContext<PostgreSqlLeaveDbContext>(configure);
        return services;
    }

    /// <summary>
    /// Creates or upgrades the database, seeds the leave types, gives people from before countries the default one and
    /// seeds the company days at first start, before the app takes requests; nothing to run by hand. A database that
    /// cannot be reached stops the start with one line naming the setting (<see cref="DatabaseUnreachable"/>).
    /// </summary>
    public static async Task MigrateLeaveDatabaseAsync(this WebApplication app)
    {
        await DatabaseUnreachable.WhenReachingAsync(app.Services.GetRequiredService<DatabaseSettings>(), async () =>
        {
            await app.Services.MigrateLeaveDatabaseAsync();
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IdentityDb>().Database.MigrateAsync();
        });
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PrepareWorkingCalendars>().ExecuteAsync();
        await scope.ServiceProvider.GetRequiredService<SeedLeavePolicies>().ExecuteAsync();
    }
}
