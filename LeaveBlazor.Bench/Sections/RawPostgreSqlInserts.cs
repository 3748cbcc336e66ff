using System.Diagnostics;
using Npgsql;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// The raw limit for submissions on PostgreSQL: single-row INSERT transactions with Npgsql, prepared, into a table as
/// wide as LeaveRequests (its columns, types and a row the app wrote), from <c>connections</c> connections at once,
/// each one transaction after another, as the app's clients are.
/// </summary>
public static class RawPostgreSqlInserts
{
    private const string Table = "bench_raw_inserts";

    public static async Task<double> TransactionsPerSecondAsync(string connectionString, int connections, TimeSpan duration)
    {
        var row = await SampleRowAsync(connectionString);
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => InsertUntilAsync(connectionString, row, clock, duration)));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }

    private static async Task<int> InsertUntilAsync(string connectionString, List<(string Column, string Type, object Value)> row, Stopwatch clock, TimeSpan duration)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using var insert = new NpgsqlCommand(
            $"""INSERT INTO {Table} ({string.Join(", ", row.Select(c => $"\"{c.Column}\""))}) VALUES ({string.Join(", ", row.Select((_, i) => $"${i + 1}"))})""", db);
        foreach (var (_, type, value) in row)
        {
            insert.Parameters.Add(new NpgsqlParameter { DataTypeName = type, Value = value });
        }

        await insert.PrepareAsync();
        var rows = 0;
        while (clock.Elapsed < duration)
        {
            await using var transaction = await db.BeginTransactionAsync();
            insert.Transaction = transaction;
            insert.Parameters[0].Value = Guid.NewGuid();
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            rows++;
        }

        return rows;
    }

    /// <summary>Makes the table (once) and returns a leave request the app wrote, column by column, its id first.</summary>
    private static async Task<List<(string Column, string Type, object Value)>> SampleRowAsync(string connectionString)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using (var create = new NpgsqlCommand(
            $"""CREATE TABLE IF NOT EXISTS {Table} (LIKE "LeaveRequests" INCLUDING DEFAULTS); ALTER TABLE {Table} DROP CONSTRAINT IF EXISTS {Table}_pkey; ALTER TABLE {Table} ADD PRIMARY KEY ("Id")""", db))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var read = new NpgsqlCommand("""SELECT * FROM "LeaveRequests" LIMIT 1""", db);
        await using var reader = await read.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("The app database has no leave request to copy the width of.");
        }

        var row = Enumerable.Range(0, reader.FieldCount)
            .Select(i => (reader.GetName(i), reader.GetDataTypeName(i).Split("(")[0], reader.IsDBNull(i) ? DBNull.Value : reader.GetValue(i)))
            .OrderBy(c => c.Item1 == "Id" ? 0 : 1)
            .ToList();
        return row;
    }
}
