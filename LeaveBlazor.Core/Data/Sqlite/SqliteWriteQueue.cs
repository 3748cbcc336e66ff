using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeaveBlazor.Core.Data.Sqlite;

/// <summary>
/// Lines up this process's writers to a SQLite file in memory. SQLite admits one writer at a time and answers the
/// others "busy", and Microsoft.Data.Sqlite then sleeps 150 ms before it tries again: under concurrent submissions that
/// sleep, not the write, set the pace. Here a writer awaits its turn instead, without holding a thread. A turn lasts
/// from the start of a transaction to its end, or for one write command outside a transaction. Other processes on the
/// same file still meet SQLite's own lock (see <see cref="SqlitePragmas"/>' busy timeout).
/// </summary>
public sealed class SqliteWriteQueue : IDbTransactionInterceptor, IDbConnectionInterceptor, IDbCommandInterceptor
{
    /// <summary>As long as Microsoft.Data.Sqlite's own default wait for a busy database.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    private static readonly ConditionalWeakTable<DbConnection, Turn> Turns = [];

    // After a commit the transaction no longer knows its connection, so it is noted when it starts.
    private static readonly ConditionalWeakTable<DbTransaction, DbConnection> Connections = [];

    private sealed record Turn(SemaphoreSlim Queue, bool ForOneCommand);

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await TakeTurnAsync(connection, forOneCommand: false, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        TakeTurn(connection, forOneCommand: false);
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Connections.AddOrUpdate(result, connection);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Connections.AddOrUpdate(result, connection);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => EndTurn(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EndTurnAsync(transaction);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => EndTurn(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EndTurnAsync(transaction);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => EndTurn(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndTurnAsync(transaction);

    // A transaction disposed without commit or rollback is rolled back by SQLite and reported by no event above;
    // its connection closing (or being disposed with its context) ends the turn.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => EndTurn(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) => EndTurnAsync(connection);

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => EndTurn(connection);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData) => EndTurnAsync(connection);

    // ExecuteUpdate and ExecuteDelete outside a transaction write as one statement: a turn for that statement alone.
    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null)
        {
            await TakeTurnAsync(command.Connection!, forOneCommand: true, cancellationToken);
        }

        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is null)
        {
            TakeTurn(command.Connection!, forOneCommand: true);
        }

        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        EndCommandTurn(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EndCommandTurn(command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => EndCommandTurn(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndCommandTurn(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => EndCommandTurn(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EndCommandTurn(command);
        return Task.CompletedTask;
    }

    private static async Task TakeTurnAsync(DbConnection connection, bool forOneCommand, CancellationToken cancellationToken)
    {
        var queue = QueueOf(connection);
        if (!await queue.WaitAsync(MaxWait, cancellationToken))
        {
            throw TooLong(connection);
        }

        Turns.AddOrUpdate(connection, new Turn(queue, forOneCommand));
    }

    private static void TakeTurn(DbConnection connection, bool forOneCommand)
    {
        var queue = QueueOf(connection);
        if (!queue.Wait(MaxWait))
        {
            throw TooLong(connection);
        }

        Turns.AddOrUpdate(connection, new Turn(queue, forOneCommand));
    }

    private static void EndCommandTurn(DbCommand command)
    {
        if (command.Connection is { } connection && Turns.TryGetValue(connection, out var turn) && turn.ForOneCommand)
        {
            EndTurn(connection);
        }
    }

    private static void EndTurn(DbTransaction? transaction)
    {
        // A transaction that failed to start is reported without one; its connection closing ends the turn then.
        if (transaction is not null && Connections.TryGetValue(transaction, out var connection))
        {
            EndTurn(connection);
        }
    }

    private static Task EndTurnAsync(DbTransaction transaction)
    {
        EndTurn(transaction);
        return Task.CompletedTask;
    }

    private static Task EndTurnAsync(DbConnection connection)
    {
        EndTurn(connection);
        return Task.CompletedTask;
    }

    private static void EndTurn(DbConnection connection)
    {
        if (Turns.TryGetValue(connection, out var turn) && Turns.Remove(connection))
        {
            turn.Queue.Release();
        }
    }

    private static SemaphoreSlim QueueOf(DbConnection connection) =>
        Queues.GetOrAdd(Path.GetFullPath(connection.DataSource), _ => new SemaphoreSlim(1, 1));

    private static TimeoutException TooLong(DbConnection connection) =>
        new($"Waited {MaxWait.TotalSeconds:0} s for another write to {connection.DataSource} to finish; it may be stuck.");
}
