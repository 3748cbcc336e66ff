using LeaveBlazor.Core;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Data;

public static class LeaveDataSetup
{
    public const string ConnectionName = "Leave";

    /// <summary>Both contexts on one SQLite file (relative paths are under the content root), the leave policy and operations.</summary>
    public static WebApplicationBuilder AddLeaveData(this WebApplicationBuilder builder)
    {
        var connectionString = SqliteConnectionString(builder);
        builder.Services.AddLeaveDatabase(connectionString);
        builder.Services.AddDbContext<IdentityDb>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable))
            .AddInterceptors(new SqlitePragmas()));

        // Sign-in cookies must survive a restart, so the keys that protect them live beside the database.
        var dataFolder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (!string.IsNullOrEmpty(dataFolder))
        {
            builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        }

        builder.Services.AddOptions<LeaveOptions>()
            .Bind(builder.Configuration.GetSection(LeaveOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LeaveOptions>, LeaveOptionsValidator>();
        builder.Services.AddLeaveWorkflow();
        return builder;
    }

    /// <summary>Creates or upgrades the database before the app takes requests; nothing to run by hand.</summary>
    public static async Task MigrateLeaveDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await LeaveDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<LeaveDbContext>());
        await scope.ServiceProvider.GetRequiredService<IdentityDb>().Database.MigrateAsync();
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

    private sealed class LeaveOptionsValidator : IValidateOptions<LeaveOptions>
    {
        public ValidateOptionsResult Validate(string? name, LeaveOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
