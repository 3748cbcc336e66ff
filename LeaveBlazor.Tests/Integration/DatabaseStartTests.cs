using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Tests.Integration;

/// <summary>Nothing to run by hand: the first start creates the database file, in WAL mode.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class DatabaseStartTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public void First_start_creates_the_database_file()
    {
        Assert.Equal((false, true), (app.DatabaseExistedBeforeStart, File.Exists(app.DatabaseFile)));
    }

    [Fact]
    public async Task Database_file_is_in_WAL_journal_mode()
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }
}
