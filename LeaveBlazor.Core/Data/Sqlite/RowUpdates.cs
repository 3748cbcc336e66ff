using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Data.Sqlite;

/// <summary>
/// Writes some properties of many entities, changed in memory by their own methods, through one prepared UPDATE, each
/// row guarded by the concurrency token it was read with: the batch counterpart of SaveChanges' optimistic check, for a
/// job that changes thousands of rows at once (see <see cref="RowInserts"/> for why not SaveChanges).
/// </summary>
internal static class RowUpdates
{
    /// <summary>The number of rows written; fewer than given when someone changed a row since it was read.</summary>
    public static async Task<int> UpdateAsync<T>(LeaveDbContext db, IReadOnlyCollection<(T Row, object ReadToken)> rows,
        IReadOnlyList<string> propertyNames, CancellationToken cancellationToken)
        where T : class
    {
        var shape = RowShape.Of<T>(db);
        var columns = propertyNames.Select(shape.Property).ToList();
        await using var update = db.Database.GetDbConnection().CreateCommand();
        update.Transaction = RowShape.TransactionOf(db);
        update.CommandText = $"""
            UPDATE {shape.QuotedTable} SET {string.Join(", ", columns.Select((c, i) => $"{shape.Column(c)} = @p{i}"))}
            WHERE {shape.Column(shape.Key)} = @key AND {shape.Column(shape.ConcurrencyToken)} = @token
            """;
        var written = 0;
        foreach (var (row, readToken) in rows)
        {
            update.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                update.Parameters.Add(RowShape.Parameter(update, columns[i], $"@p{i}", RowShape.ValueOf(columns[i], row)));
            }

            update.Parameters.Add(RowShape.Parameter(update, shape.Key, "@key", RowShape.ValueOf(shape.Key, row)));
            update.Parameters.Add(RowShape.Parameter(update, shape.ConcurrencyToken, "@token", readToken));
            written += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }
}
