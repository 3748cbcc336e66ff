using System.Diagnostics;
using LeaveBlazor.Bench.Infra;
using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Bench.Sections;

/// <summary>What raw Microsoft.Data.Sqlite writes per second, with prepared commands, one transaction after another.</summary>
public sealed record RawLimits(double SingleRowInserts, double SubmissionShapedTransactions);

/// <summary>
/// The raw limits for submissions, on a copy of the app database as the load left it (its schema, indexes, foreign
/// keys and rows), under the app's settings (WAL, synchronous=NORMAL): single-row INSERT transactions into
/// LeaveRequests, and transactions that write what one submission writes: a request, its history entry, and its two
/// emails in the outbox.
/// </summary>
public static class RawSqliteInserts
{
    public static async Task<RawLimits> MeasureAsync(string appDatabase, string rawDatabase, TimeSpan duration)
    {
        await using (var app = new SqliteConnection($"Data Source={appDatabase};Pooling=False"))
        {
            await app.OpenAsync();
            await ExecuteAsync(app, $"VACUUM INTO '{rawDatabase.Replace("'", "''", StringComparison.Ordinal)}'");
        }

        await using var db = new SqliteConnection($"Data Source={rawDatabase};Pooling=False");
        await db.OpenAsync();
        await ExecuteAsync(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        var request = await RowCopy.PrepareAsync(db, "LeaveRequests", "1 = 1");
        var history = await RowCopy.PrepareAsync(db, "LeaveHistory", "Kind = 'Submitted'");
        var receipt = await RowCopy.PrepareAsync(db, "Outbox", "Kind = 'SubmissionReceipt'");
        var decision = await RowCopy.PrepareAsync(db, "Outbox", "Kind = 'DecisionRequest'");

        var singleRows = await TransactionsPerSecondAsync(db, duration, async transaction => await request.InsertAsync(transaction));
        var submissions = await TransactionsPerSecondAsync(db, duration, async transaction =>
        {
            var id = await request.InsertAsync(transaction);
            await history.InsertAsync(transaction, id);
            await receipt.InsertAsync(transaction, id);
            await decision.InsertAsync(transaction, id);
        });
        return new RawLimits(singleRows, submissions);
    }

    private static async Task<double> TransactionsPerSecondAsync(SqliteConnection db, TimeSpan duration, Func<SqliteTransaction, Task> write)
    {
        var transactions = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await using var transaction = (SqliteTransaction)await db.BeginTransactionAsync();
            await write(transaction);
            await transaction.CommitAsync();
            transactions++;
        }

        return transactions / clock.Elapsed.TotalSeconds;
    }

    private static async Task ExecuteAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
