using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LeaveBlazor.Core.Data.PostgreSql;

/// <summary>
/// PostgreSQL's side of <see cref="IDatabaseEngine"/>. Every statement is a round trip to a server, so bulk writes go
/// as few commands as possible: many rows per INSERT, and many guarded UPDATEs per command (Npgsql sends them as one
/// batch and adds up the rows each one wrote). Backups are the server's business (pg_dump, a provider's snapshots).
/// </summary>
internal sealed class PostgreSqlEngine : IDatabaseEngine
{
    // PostgreSQL takes at most 65,535 parameters in one statement; a few hundred rows per command is past the gain.
    private const int RowsPerCommand = 500;

    // An UPDATE each, so fewer to a command than rows to an INSERT.
    private const int UpdatesPerCommand = 100;

    /// <summary>
    /// Creates the database when it is missing, from the server's <c>postgres</c> database. EF's migrations would too,
    /// but then wait for the new database with a back-off of half a minute before they go on.
    /// </summary>
    public async Task PrepareAsync(LeaveDbContext db, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        try
        {
            await using var existing = new NpgsqlConnection(target.ConnectionString);
            await existing.OpenAsync(cancellationToken);
            return;
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // No such database: create it below.
        }

        var server = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var create = connection.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    public string? WhyNoBackups => PostgreSqlDatabase.BackupsElsewhere;

    public async Task InsertAsync<T>(LeaveDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var shape = RowShape.Of<T>(db);
        var columns = shape.InsertedColumns;
        var perCommand = Math.Min(RowsPerCommand, ushort.MaxValue / columns.Count);
        foreach (var chunk in rows.Chunk(perCommand))
        {
            await using var insert = db.Database.GetDbConnection().CreateCommand();
            insert.Transaction = RowShape.TransactionOf(db);
            var values = new StringBuilder();
            for (var r = 0; r < chunk.Length; r++)
            {
                values.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@p{r}_{c}";
                    values.Append(c == 0 ? name : ", " + name);
                    insert.Parameters.Add(RowShape.Parameter(insert, columns[c], name, RowShape.ValueOf(columns[c], chunk[r])));
                }

                values.Append(')');
            }

            insert.CommandText = $"INSERT INTO {shape.QuotedTable} ({string.Join(", ", columns.Select(shape.Column))}) VALUES {values}";
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<int> UpdateAsync<T>(LeaveDbContext db, IReadOnlyCollection<(T Row, object ReadToken)> rows, IReadOnlyList<string> propertyNames, CancellationToken cancellationToken)
        where T : class
    {
        var shape = RowShape.Of<T>(db);
        var columns = propertyNames.Select(shape.Property).ToList();
        var written = 0;
        foreach (var chunk in rows.Chunk(UpdatesPerCommand))
        {
            await using var update = db.Database.GetDbConnection().CreateCommand();
            update.Transaction = RowShape.TransactionOf(db);
            var statements = new StringBuilder();
            for (var r = 0; r < chunk.Length; r++)
            {
                var (row, readToken) = chunk[r];
                var set = columns.Select((column, c) =>
                {
                    update.Parameters.Add(RowShape.Parameter(update, column, $"@p{r}_{c}", RowShape.ValueOf(column, row)));
                    return $"{shape.Column(column)} = @p{r}_{c}";
                }).ToList();
                update.Parameters.Add(RowShape.Parameter(update, shape.Key, $"@k{r}", RowShape.ValueOf(shape.Key, row)));
                update.Parameters.Add(RowShape.Parameter(update, shape.ConcurrencyToken, $"@t{r}", readToken));
                statements.Append($"UPDATE {shape.QuotedTable} SET {string.Join(", ", set)} WHERE {shape.Column(shape.Key)} = @k{r} AND {shape.Column(shape.ConcurrencyToken)} = @t{r};\n");
            }

            update.CommandText = statements.ToString();
            written += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    public Task BackUpAsync(LeaveDbContext db, string file, CancellationToken cancellationToken) =>
        throw new NotSupportedException(PostgreSqlDatabase.BackupsElsewhere);
}
