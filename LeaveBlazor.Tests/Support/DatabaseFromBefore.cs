using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// An unmigrated <see cref="LeaveTestDatabase"/> taken back in time: migrated up to an older migration, given rows as
/// that schema stored them (plain SQL), then upgraded as a start upgrades it (migrations, then the start-up steps).
/// </summary>
public static class DatabaseFromBefore
{
    /// <summary>The last migration before leave policies and working calendars.</summary>
    public const string AdminAudit = "20261202141753_AdminAudit";

    public static async Task UpgradeAsync(LeaveTestDatabase database, string lastMigration, string oldRowsSql)
    {
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().GetService<IMigrator>().MigrateAsync(lastMigration);
        }

        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = oldRowsSql;
            await command.ExecuteNonQueryAsync();
        }

        await database.Services.MigrateLeaveDatabaseAsync();
        await database.InScopeAsync<PrepareWorkingCalendars, int>(prepare => prepare.ExecuteAsync());
        await database.InScopeAsync<SeedLeavePolicies, int>(seed => seed.ExecuteAsync());
    }

    /// <summary>A moment in November 2026 as the SQLite schema stores it (UTC ticks).</summary>
    public static long November(int day) =>
        (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.Zero))!;

    /// <summary>How EF Core's SQLite provider stores a Guid.</summary>
    public static string Text(Guid id) => id.ToString().ToUpperInvariant();
}
