using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Data.Sqlite;

/// <summary>
/// Inserts many new rows of one entity through a single prepared INSERT, for a job that writes thousands at once:
/// SaveChanges parses an INSERT and tracks an entity per row, which took the reminder job most of its time. On SQLite
/// a prepared single-row statement is as fast as a multi-row one (there is no round trip). The rows' generated keys
/// are not read back, and no SaveChanges interceptor sees them: the caller notes what waits for them.
/// </summary>
internal static class RowInserts
{
    public static async Task InsertAsync<T>(LeaveDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var shape = RowShape.Of<T>(db);
        var columns = shape.InsertedColumns;
        await using var insert = db.Database.GetDbConnection().CreateCommand();
        insert.Transaction = RowShape.TransactionOf(db);
        insert.CommandText = $"""
            INSERT INTO {shape.QuotedTable} ({string.Join(", ", columns.Select(shape.Column))})
            VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})
            """;
        foreach (var row in rows)
        {
            insert.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                insert.Parameters.Add(RowShape.Parameter(insert, columns[i], $"@p{i}", RowShape.ValueOf(columns[i], row)));
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
