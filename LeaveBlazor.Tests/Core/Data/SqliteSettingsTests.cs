using LeaveBlazor.Core.Data;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Core.Data;

/// <summary>
/// The settings every connection to the app's file must have, also the tenth time a pooled connection is handed out:
/// the pragmas run once per native connection, so a slip there would leave connections on SQLite's defaults
/// (synchronous=FULL, which waits for the disk on every commit, and foreign keys off).
/// </summary>
public sealed class SqliteSettingsTests(LeaveTestDatabase database) : IClassFixture<LeaveTestDatabase>
{
    [Theory]
    [InlineData("synchronous", 1L)] // NORMAL
    [InlineData("foreign_keys", 1L)]
    [InlineData("busy_timeout", 30000L)]
    public async Task Every_connection_handed_out_has_the_setting(string pragma, long expected)
    {
        var seen = new List<long>();
        for (var open = 0; open < 10; open++)
        {
            seen.Add(await database.InScopeAsync<LeaveDbContext, long>(db => ReadAsync(db, pragma)));
        }

        NonEmpty.All(seen, value => Assert.Equal(expected, value));
    }

    private static async Task<long> ReadAsync(LeaveDbContext db, string pragma)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"PRAGMA {pragma}";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
