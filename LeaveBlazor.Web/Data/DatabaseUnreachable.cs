using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LeaveBlazor.Web.Data;

/// <summary>
/// Turns a database that cannot be reached at start (a server that does not answer, a password it refuses, a file
/// that cannot be opened) into one message naming the setting and what to check, instead of a stack trace.
/// </summary>
public static class DatabaseUnreachable
{
    public static async Task WhenReachingAsync(DatabaseSettings database, Func<Task> reach)
    {
        try
        {
            await reach();
        }
        catch (Exception failure) when (Describe(database, failure) is { } problem)
        {
            throw new OptionsValidationException("Database", typeof(DatabaseSettings), [problem]);
        }
    }

    private static string? Describe(DatabaseSettings database, Exception failure)
    {
        var key = DatabaseSettings.ConnectionKey;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            return failure is SqliteException sqlite
                ? $"{key}: the SQLite file {database.SqliteFile} could not be opened or written ({sqlite.Message.TrimEnd('.')}); check the path and that this user may write to its folder."
                : null;
        }

        var postgres = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var server = $"{postgres.Host}:{postgres.Port}";
        return failure switch
        {
            PostgresException { SqlState: "28P01" or "28000" } =>
                $"{key}: the PostgreSQL server at {server} refused the user name or password; correct Username and Password.",
            PostgresException { SqlState: "42501" } refused =>
                $"{key}: the PostgreSQL user may not do what the first start needs ({refused.MessageText}); create the database for it, or grant it CREATE.",
            PostgresException other => $"{key}: the PostgreSQL server at {server} answered {other.SqlState}: {other.MessageText}.",
            NpgsqlException { InnerException: SocketException or TimeoutException } or NpgsqlException { InnerException: IOException } or TimeoutException =>
                $"{key}: no PostgreSQL server answered at {server}; check that it runs and that Host and Port name it.",
            DbException other => $"{key}: the PostgreSQL database at {server} could not be reached ({other.Message.TrimEnd('.')}).",
            _ => null,
        };
    }
}
