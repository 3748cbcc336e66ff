using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeaveBlazor.Core.Data.Sqlite;

/// <summary>
/// Inserts many new rows of one entity through a single prepared INSERT, for a job that writes thousands at once:
/// SaveChanges parses an INSERT and tracks an entity per row, which took the reminder job most of its time. The columns
/// and value conversions come from EF's model, so the mapping still lives in one place. The rows' generated keys are
/// not read back, and no SaveChanges interceptor sees them: the caller notes what waits for them.
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

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside the caller's transaction, and there is none.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();

        await using var insert = db.Database.GetDbConnection().CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            INSERT INTO "{table.Name}" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))})
            VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})
            """;
        foreach (var row in rows)
        {
            insert.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var mapping = (RelationalTypeMapping)columns[i].GetTypeMapping();
                insert.Parameters.Add(mapping.CreateParameter(insert, $"@p{i}", columns[i].GetGetter().GetClrValue(row), columns[i].IsNullable));
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
