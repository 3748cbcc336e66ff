using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Data.Sqlite;

/// <summary>SQLite's side of <see cref="IDatabaseEngine"/>: the file in WAL mode, and rows written through prepared single-row commands.</summary>
internal sealed class SqliteEngine : IDatabaseEngine
{
    /// <summary>Creates the folder if needed and switches the file to WAL (a property of the file, kept from then on).</summary>
    public async Task PrepareAsync(LeaveDbContext db, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
    }

    public string? WhyNoBackups => null;

    public Task InsertAsync<T>(LeaveDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class => RowInserts.InsertAsync(db, rows, cancellationToken);

    public Task<int> UpdateAsync<T>(LeaveDbContext db, IReadOnlyCollection<(T Row, object ReadToken)> rows, IReadOnlyList<string> propertyNames, CancellationToken cancellationToken)
        where T : class => RowUpdates.UpdateAsync(db, rows, propertyNames, cancellationToken);

    /// <summary>
    /// SQLite's online backup: pages copied from a read snapshot (in WAL mode writers go on meanwhile), then the copy is
    /// switched out of WAL, so it is one self-contained file, and checked.
    /// </summary>
    public async Task BackUpAsync(LeaveDbContext db, string file, CancellationToken cancellationToken)
    {
        await using var source = new SqliteConnection(db.Database.GetConnectionString());
        await source.OpenAsync(cancellationToken);
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await copy.OpenAsync(cancellationToken);
        await Task.Run(() => source.BackupDatabase(copy), cancellationToken);
        await using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = DELETE;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await using var quickCheck = copy.CreateCommand();
        quickCheck.CommandText = "PRAGMA quick_check;";
        var verdict = (string?)await quickCheck.ExecuteScalarAsync(cancellationToken);
        if (verdict != "ok")
        {
            throw new InvalidOperationException($"The backup copy at {file} failed SQLite's check: {verdict}");
        }
    }
}
