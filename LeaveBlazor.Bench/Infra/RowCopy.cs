using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// A prepared INSERT of copies of one row the app wrote: its key and single-column unique values are fresh in each
/// copy (an integer key is left to SQLite), and its reference to a leave request points at the one given.
/// </summary>
public sealed class RowCopy
{
    private readonly SqliteCommand _insert;
    private readonly List<(SqliteParameter Parameter, Fresh Kind)> _varying = [];

    private enum Fresh { Key, Unique, AutoIncrement, LeaveRequest }

    private RowCopy(SqliteCommand insert) => _insert = insert;

    /// <param name="where">Which row of <paramref name="table"/> to copy, as SQL after WHERE.</param>
    public static async Task<RowCopy> PrepareAsync(SqliteConnection db, string table, string where)
    {
        var columns = await BulkRows.ColumnsAsync(db, table);
        var sample = await SampleAsync(db, table, where, columns.Count);
        var fresh = await FreshColumnsAsync(db, table);
        var copy = new RowCopy(db.CreateCommand());
        copy._insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
        {
            var parameter = copy._insert.Parameters.Add(new SqliteParameter($"@p{i}", sample[i] ?? DBNull.Value));
            if (fresh.TryGetValue(columns[i], out var kind))
            {
                copy._varying.Add((parameter, kind));
            }
        }

        copy._insert.Prepare();
        return copy;
    }

    /// <summary>Inserts one copy in <paramref name="transaction"/>; returns its key when it is text (null when SQLite numbers it).</summary>
    public async Task<string?> InsertAsync(SqliteTransaction transaction, string? leaveRequestId = null)
    {
        string? key = null;
        foreach (var (parameter, kind) in _varying)
        {
            parameter.Value = kind switch
            {
                Fresh.AutoIncrement => DBNull.Value,
                Fresh.LeaveRequest => leaveRequestId ?? (object)DBNull.Value,
                _ => Guid.NewGuid().ToString(),
            };
            key = kind == Fresh.Key ? (string)parameter.Value : key;
        }

        _insert.Transaction = transaction;
        await _insert.ExecuteNonQueryAsync();
        return key;
    }

    private static async Task<object?[]> SampleAsync(SqliteConnection db, string table, string where, int width)
    {
        await using var read = db.CreateCommand();
        read.CommandText = $"SELECT * FROM \"{table}\" WHERE {where} LIMIT 1";
        await using var reader = await read.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException($"The app database has no row of {table} where {where} to copy.");
        }

        return Enumerable.Range(0, width).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray();
    }

    /// <summary>The primary key, every column unique on its own, and the columns that refer to a leave request.</summary>
    private static async Task<Dictionary<string, Fresh>> FreshColumnsAsync(SqliteConnection db, string table)
    {
        var fresh = new Dictionary<string, Fresh>(StringComparer.Ordinal);
        foreach (var row in await RowsAsync(db, $"PRAGMA table_info(\"{table}\")"))
        {
            if (Convert.ToInt64(row["pk"]) > 0)
            {
                fresh[(string)row["name"]!] = ((string)row["type"]!).Equals("INTEGER", StringComparison.OrdinalIgnoreCase) ? Fresh.AutoIncrement : Fresh.Key;
            }
        }

        foreach (var index in await RowsAsync(db, $"PRAGMA index_list(\"{table}\")"))
        {
            var indexed = await RowsAsync(db, $"PRAGMA index_info(\"{index["name"]}\")");
            if (Convert.ToInt64(index["unique"]) == 1 && indexed.Count == 1)
            {
                fresh.TryAdd((string)indexed[0]["name"]!, Fresh.Unique);
            }
        }

        foreach (var reference in await RowsAsync(db, $"PRAGMA foreign_key_list(\"{table}\")"))
        {
            if ((string)reference["table"]! == "LeaveRequests")
            {
                fresh[(string)reference["from"]!] = Fresh.LeaveRequest;
            }
        }

        return fresh;
    }

    private static async Task<List<Dictionary<string, object?>>> RowsAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }
}
