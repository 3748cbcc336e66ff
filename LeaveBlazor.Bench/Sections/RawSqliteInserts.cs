using System.Diagnostics;
using LeaveBlazor.Bench.Infra;
using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// The raw limit for submissions: single-row INSERT transactions with Microsoft.Data.Sqlite, one after another, into a
/// table as wide as LeaveRequests (the same columns and values), under the app's settings (WAL, synchronous=NORMAL).
/// </summary>
public static class RawSqliteInserts
{
    public static async Task<double> RowsPerSecondAsync(string appDatabase, string rawDatabase, TimeSpan duration)
    {
        List<string> columns;
        object?[] sample;
        await using (var app = new SqliteConnection($"Data Source={appDatabase};Pooling=False"))
        {
            await app.OpenAsync();
            columns = await BulkRows.ColumnsAsync(app, "LeaveRequests");
            await using var read = app.CreateCommand();
            read.CommandText = "SELECT * FROM LeaveRequests LIMIT 1";
            await using var reader = await read.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                throw new InvalidOperationException("The app database has no leave request to copy the width of.");
            }

            sample = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray();
        }

        await using var db = new SqliteConnection($"Data Source={rawDatabase};Pooling=False");
        await db.OpenAsync();
        await ExecuteAsync(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        await ExecuteAsync(db, $"CREATE TABLE Raw ({string.Join(", ", columns.Select((c, i) => i == 0 ? $"\"{c}\" TEXT PRIMARY KEY" : $"\"{c}\""))})");

        await using var insert = db.CreateCommand();
        insert.CommandText = $"INSERT INTO Raw VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"@p{i}", sample[i] ?? DBNull.Value))).ToArray();
        insert.Prepare();

        var rows = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await using var transaction = (SqliteTransaction)await db.BeginTransactionAsync();
            insert.Transaction = transaction;
            parameters[0].Value = Guid.NewGuid().ToString();
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            rows++;
        }

        return rows / clock.Elapsed.TotalSeconds;
    }

    private static async Task ExecuteAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
