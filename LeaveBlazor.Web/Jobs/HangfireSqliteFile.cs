using System.Globalization;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// Hangfire's SQLite file, opened at start. It holds only Hangfire's bookkeeping (the dashboard's history, queues and
/// schedules; the recurring jobs are registered again at every start), so a file SQLite cannot read is moved aside
/// and replaced by a new one, with a warning, rather than keeping the app from starting.
/// </summary>
public static class HangfireSqliteFile
{
    // SQLITE_CORRUPT and SQLITE_NOTADB: the file's content is bad. Any other error (busy, no permission) is not the
    // file's fault and must not cost it, so it is left to stop the start.
    private static readonly int[] Corrupt = [11, 26];

    // The storage's default is 15 s between looks at the queue: a job enqueued now would wait that long.
    private static readonly TimeSpan QueuePollInterval = TimeSpan.FromSeconds(1);

    public static SQLiteStorage Open(string path, ILogger logger, TimeProvider time)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path) && Unreadable(path) is { } reason)
        {
            var aside = MoveAside(path, time);
            logger.LogWarning(
                "Hangfire's file {File} could not be read ({Reason}); it was moved to {Aside} and a new one is created. "
                + "Only the background jobs dashboard's history is lost: reminders and emails live in the app database.",
                path, reason, aside);
        }

        return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = QueuePollInterval });
    }

    /// <summary>Why SQLite cannot read the file, or null when it can.</summary>
    private static string? Unreadable(string path)
    {
        // Unpooled, so that no handle stays open on a file about to be moved.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            var verdict = check.ExecuteScalar() as string;
            return verdict == "ok" ? null : $"quick_check: {verdict}";
        }
        catch (SqliteException failure) when (Corrupt.Contains(failure.SqliteErrorCode))
        {
            return failure.Message;
        }
    }

    /// <summary>Moves the file and its companions to <c>&lt;file&gt;.corrupt-&lt;UTC time&gt;</c>; returns the new name.</summary>
    private static string MoveAside(string path, TimeProvider time)
    {
        var aside = $"{path}.corrupt-{time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
        File.Move(path, aside);
        foreach (var companion in new[] { "-wal", "-shm", "-journal" }.Where(suffix => File.Exists(path + suffix)))
        {
            File.Move(path + companion, aside + companion);
        }

        return aside;
    }
}
