using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeaveBlazor.Core.Data.Sqlite;

/// <summary>
/// Writes some properties of many entities, changed in memory by their own methods, through one prepared UPDATE, each
/// row guarded by the concurrency token it was read with: the batch counterpart of SaveChanges' optimistic check, for a
/// job that changes thousands of rows at once (see <see cref="RowInserts"/> for why not SaveChanges). Columns and value
/// conversions come from EF's model.
/// </summary>
internal static class RowUpdates
{
    /// <summary>The number of rows written; fewer than given when someone changed a row since it was read.</summary>
    public static async Task<int> UpdateAsync<T>(LeaveDbContext db, IReadOnlyCollection<(T Row, object ReadToken)> rows,
        IReadOnlyList<string> propertyNames, CancellationToken cancellationToken)
        where T : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are updated inside the caller's transaction, and there is none.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var token = entity.GetProperties().Single(p => p.IsConcurrencyToken);
        var columns = propertyNames.Select(name => entity.FindProperty(name) ?? throw new InvalidOperationException($"{typeof(T).Name} has no {name}.")).ToList();

        await using var update = db.Database.GetDbConnection().CreateCommand();
        update.Transaction = transaction;
        update.CommandText = $"""
            UPDATE "{table.Name}" SET {string.Join(", ", columns.Select((c, i) => $"\"{c.GetColumnName(table)}\" = @p{i}"))}
            WHERE "{key.GetColumnName(table)}" = @key AND "{token.GetColumnName(table)}" = @token
            """;
        var written = 0;
        foreach (var (row, readToken) in rows)
        {
            update.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                update.Parameters.Add(Parameter(update, columns[i], $"@p{i}", columns[i].GetGetter().GetClrValue(row)));
            }

            update.Parameters.Add(Parameter(update, key, "@key", key.GetGetter().GetClrValue(row)));
            update.Parameters.Add(Parameter(update, token, "@token", readToken));
            written += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    private static System.Data.Common.DbParameter Parameter(System.Data.Common.DbCommand command, IProperty property, string name, object? value) =>
        ((RelationalTypeMapping)property.GetTypeMapping()).CreateParameter(command, name, value, property.IsNullable);
}
