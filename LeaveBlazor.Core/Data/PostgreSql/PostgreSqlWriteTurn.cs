using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeaveBlazor.Core.Data.PostgreSql;

/// <summary>
/// Gives each transaction on the app database its turn, across every app instance: the first thing a transaction does
/// is take one transaction-scoped advisory lock, which PostgreSQL frees at commit or rollback. The workflow's rules
/// read, check and then write (a balance, overlapping requests, a circle of stand-ins); on SQLite one writer at a time
/// makes that safe, and this gives PostgreSQL the same guarantee, so no rule needs an engine-specific retry. Reads
/// outside a transaction, most of the traffic, never wait for it, and neither do saves of rows this process has claimed
/// (<see cref="LeaveDbContext.SaveClaimedRowsOnly"/>).
/// </summary>
internal sealed class PostgreSqlWriteTurn : DbTransactionInterceptor
{
    public const long LockKey = PostgreSqlDatabase.WriteTurnLockKey;

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (NeedsNoTurn(eventData))
        {
            return result;
        }

        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (NeedsNoTurn(eventData))
        {
            return result;
        }

        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static bool NeedsNoTurn(TransactionEndEventData eventData) => eventData.Context is LeaveDbContext { SavingClaimedRowsOnly: true };

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({LockKey})";
        return command;
    }
}
