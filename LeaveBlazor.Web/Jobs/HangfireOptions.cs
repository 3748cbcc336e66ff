using Hangfire;
using Hangfire.InMemory;

namespace LeaveBlazor.Web.Jobs;

/// <summary>Where Hangfire keeps its queues, schedules and history: the <c>Hangfire</c> configuration section.</summary>
public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    public const string SQLite = nameof(SQLite);

    public const string InMemory = nameof(InMemory);

    /// <summary>
    /// The storage for Hangfire's own bookkeeping: <c>SQLite</c> (a file of its own, so the dashboard's history survives
    /// a restart) or <c>InMemory</c>. Either is enough for one instance, because the state the jobs act on (reminders
    /// due, emails to send) lives in the app database, never in Hangfire.
    /// </summary>
    public string Storage { get; set; } = SQLite;

    /// <summary>Hangfire's SQLite file; a relative path is under the content root, like the app database's.</summary>
    public string SqliteFile { get; set; } = "data/hangfire.db";

    public bool UsesSqlite => Storage.Equals(SQLite, StringComparison.OrdinalIgnoreCase);

    /// <summary>The storage's name as this build spells it, for /healthz.</summary>
    public string StorageName => UsesSqlite ? SQLite : InMemory;

    /// <param name="contentRoot">What a relative <see cref="SqliteFile"/> is under.</param>
    /// <param name="appDatabase">The app database's file (full path), which Hangfire must never share.</param>
    public IEnumerable<string> Problems(string contentRoot, string? appDatabase)
    {
        if (!UsesSqlite && !Storage.Equals(InMemory, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"Hangfire:Storage '{Storage}' is not available in this build; use {SQLite} or {InMemory}.";
        }
        else if (UsesSqlite && string.IsNullOrWhiteSpace(SqliteFile))
        {
            yield return "Hangfire:SqliteFile is empty: set it to a file of Hangfire's own, such as \"data/hangfire.db\" (never the app database).";
        }
        else if (UsesSqlite && string.Equals(SqliteFilePath(contentRoot), appDatabase, StringComparison.Ordinal))
        {
            // Its unprefixed tables (Job, State, Set, Hash…) and its own connection pool do not belong in the app's file.
            yield return $"Hangfire:SqliteFile '{SqliteFile}' is the app database; give Hangfire a file of its own, such as \"data/hangfire.db\".";
        }
    }

    public string SqliteFilePath(string contentRoot) => Path.GetFullPath(SqliteFile, contentRoot);

    /// <summary>A storage of this host's own: two hosts in one process (tests) must not share Hangfire's static one.</summary>
    public JobStorage CreateStorage(string contentRoot, ILogger logger, TimeProvider time) => UsesSqlite
        ? HangfireSqliteFile.Open(SqliteFilePath(contentRoot), logger, time)
        : new InMemoryStorage();
}
