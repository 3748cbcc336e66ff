using LeaveBlazor.Core;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Hosting;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Data;

public static class LeaveDataSetup
{
    public const string ConnectionName = "Leave";

    /// <summary>Both contexts on one SQLite file (relative paths are under the content root), the leave policy and operations.</summary>
    public static WebApplicationBuilder AddLeaveData(this WebApplicationBuilder builder)
    {
        var connectionString = SqliteConnectionString(builder);
        builder.Services.AddLeaveSqlite(connectionString);
        builder.Services.AddDbContext<IdentityDb>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable))
            .AddInterceptors(SqliteDatabase.Interceptors()));

        // Sign-in cookies must survive a restart, so the keys that protect them live beside the database.
        var dataFolder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (!string.IsNullOrEmpty(dataFolder))
        {
            builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        }

        builder.Services.AddCheckedSettings<LeaveOptions>(builder.Configuration, LeaveOptions.Section, leave => leave.Problems());
        builder.Services.AddCheckedSettings<ReminderOptions>(builder.Configuration, ReminderOptions.Section, reminders => reminders.Problems());
        builder.Services.AddLeaveWorkflow();
        return builder;
    }

    /// <summary>
    /// Creates or upgrades the database, seeds the leave types, gives people from before countries the default one and
    /// seeds the company days at first start, before the app takes requests; nothing to run by hand.
    /// </summary>
    public static async Task MigrateLeaveDatabaseAsync(this WebApplication app)
    {
        await app.Services.MigrateLeaveDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityDb>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<PrepareWorkingCalendars>().ExecuteAsync();
        await scope.ServiceProvider.GetRequiredService<SeedLeavePolicies>().ExecuteAsync();
    }

    /// <summary>The app database's file, as a full path (null for an in-memory database).</summary>
    public static string? DatabaseFile(WebApplicationBuilder builder)
    {
        var dataSource = new SqliteConnectionStringBuilder(SqliteConnectionString(builder)).DataSource;
        return dataSource == ":memory:" ? null : Path.GetFullPath(dataSource);
    }

    private static string SqliteConnectionString(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is empty: set it to a SQLite connection string such as \"Data Source=data/leave.db\".");
        }

        var connection = new SqliteConnectionStringBuilder(configured);
        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
        {
            connection.DataSource = Path.Combine(builder.Environment.ContentRootPath, connection.DataSource);
        }

        return connection.ToString();
    }
}
