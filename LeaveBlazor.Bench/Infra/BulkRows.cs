using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// Fills a database fast for the large runs: copies of one row the app wrote itself, made by one INSERT … SELECT in
/// SQL, with the columns that must differ (keys, references, due times) computed from the copy's number <c>i</c>.
/// </summary>
public static class BulkRows
{
    private static readonly DateTimeOffsetToBinaryConverter StoredTime = new();

    /// <summary>The value the app's database holds for a point in time (UTC ticks, see LeaveDbContext).</summary>
    public static long Stored(DateTimeOffset at) => (long)StoredTime.ConvertToProvider(at)!;

    /// <summary>The id of copy <c>i</c> as the app's database spells a Guid.</summary>
    public static string IdExpression(int series) => $"printf('{series:X8}-0000-7000-8000-%012X', i)";

    public static async Task CopyAsync(
        string databaseFile, string table, string keyColumn, string templateKey, int copies,
        IReadOnlyDictionary<string, string> computed, IReadOnlyDictionary<string, object>? parameters = null)
    {
        await using var db = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await db.OpenAsync();
        var columns = await ColumnsAsync(db, table);
        var unknown = computed.Keys.Except(columns).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{table} has no column {string.Join(", ", unknown)}.");
        }

        await using var transaction = (SqliteTransaction)await db.BeginTransactionAsync();
        await using var insert = db.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @copies)
            INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", columns.Select(c => computed.TryGetValue(c, out var expression) ? expression : $"t.\"{c}\""))}
            FROM n, "{table}" AS t WHERE t."{keyColumn}" = @template
            """;
        insert.Parameters.AddWithValue("@copies", copies);
        insert.Parameters.AddWithValue("@template", templateKey);
        foreach (var (name, value) in parameters ?? new Dictionary<string, object>())
        {
            insert.Parameters.AddWithValue(name, value);
        }

        var written = await insert.ExecuteNonQueryAsync();
        if (written != copies)
        {
            throw new InvalidOperationException($"{written} rows copied into {table}, not {copies}: is the template row {templateKey} there?");
        }

        await transaction.CommitAsync();
    }

    public static async Task<List<string>> ColumnsAsync(SqliteConnection db, string table)
    {
        await using var info = db.CreateCommand();
        info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        var columns = new List<string>();
        await using var reader = await info.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    public static async Task<long> CountAsync(string databaseFile, string sql) => (long)await ScalarAsync(databaseFile, sql);

    /// <summary>The first column of the first row <paramref name="sql"/> reads: a count, or a template row's key.</summary>
    public static async Task<object> ScalarAsync(string databaseFile, string sql)
    {
        await using var db = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"'{sql}' read nothing.");
    }
}
