using Hangfire;
using Hangfire.InMemory;
using LeaveBlazor.Web.Data;

namespace LeaveBlazor.Web.Jobs;

/// <summary>Where Hangfire keeps its queues, schedules and history: the <c>Hangfire</c> configuration section.</summary>
public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    public const string SQLite = nameof(SQLite);

    public const string PostgreSQL = nameof(PostgreSQL);

    public const string InMemory = nameof(InMemory);

    /// <summary>
    /// The storage for Hangfire's own bookkeeping. Empty (the default) follows the app database: <c>SQLite</c> (a file
    /// of its own, so the dashboard's history survives a restart) beside a SQLite database, <c>PostgreSQL</c> (the
    /// <c>hangfire</c> schema of the same database, shared by every instance, so each recurring job fires once per
    /// schedule across them) beside a PostgreSQL one; or <c>InMemory</c> for one instance. The state the jobs act on
    /// (reminders due, emails to send) lives in the app database, never in Hangfire.
    /// </summary>
    public string Storage { get; set; } = "";

    /// <summary>Hangfire's SQLite file; a relative path is under the content root, like the app database's.</summary>
    public string SqliteFile { get; set; } = "data/hangfire.db";

    public bool UsesSqlite => Is(SQLite);

    public bool UsesPostgreSql => Is(PostgreSQL);

    /// <summary>The storage's name as this build spells it, for /healthz.</summary>
    public string StorageName => UsesSqlite ? SQLite : UsesPostgreSql ? PostgreSQL : InMemory;

    /// <summary>An empty <see cref="Storage"/> becomes the app database's engine.</summary>
    public void FollowDatabase(DatabaseProvider database)
    {
        if (string.IsNullOrWhiteSpace(Storage))
        {
            Storage = database == DatabaseProvider.PostgreSql ? PostgreSQL : SQLite;
        }
    }

    /// <param name="contentRoot">What a relative <see cref="SqliteFile"/> is under.</param>
    /// <param name="database">The app database: Hangfire's SQLite file must never be it, and PostgreSQL goes only beside PostgreSQL.</param>
    public IEnumerable<string> Problems(string contentRoot, DatabaseSettings database)
    {
        if (!UsesSqlite && !UsesPostgreSql && !Is(InMemory))
        {
            yield return $"Hangfire:Storage '{Storage}' is not available in this build; use {SQLite}, {PostgreSQL} or {InMemory}, or leave it empty to follow the app database.";
        }
        else if (UsesPostgreSql && database.Provider != DatabaseProvider.PostgreSql)
        {
            yield return $"Hangfire:Storage '{Storage}' needs the app database on PostgreSQL: set Database:Provider to PostgreSQL, or leave Hangfire:Storage empty.";
        }
        else if (UsesSqlite && database.Provider == DatabaseProvider.PostgreSql)
        {
            // Each instance would keep its own schedule, and every recurring job would fire once per instance.
            yield return $"Hangfire:Storage '{Storage}' cannot serve instances that share a PostgreSQL database: leave Hangfire:Storage empty (PostgreSQL) or use InMemory for one instance.";
        }
        else if (UsesSqlite && string.IsNullOrWhiteSpace(SqliteFile))
        {
            yield return "Hangfire:SqliteFile is empty: set it to a file of Hangfire's own, such as \"data/hangfire.db\" (never the app database).";
        }
        else if (UsesSqlite && string.Equals(SqliteFilePath(contentRoot), database.SqliteFile, StringComparison.Ordinal))
        {
            // Its unprefixed tables (Job, State, Set, Hash…) and its own connection pool do not belong in the app's file.
            yield return $"Hangfire:SqliteFile '{SqliteFile}' is the app database; give Hangfire a file of its own, such as \"data/hangfire.db\".";
        }
    }

    public string SqliteFilePath(string contentRoot) => Path.GetFullPath(SqliteFile, contentRoot);

    /// <summary>A storage of this host's own: two hosts in one process (tests) must not share Hangfire's static one.</summary>
    public JobStorage CreateStorage(string contentRoot, DatabaseSettings database, ILogger logger, TimeProvider time) =>
        UsesSqlite ? HangfireSqliteFile.Open(SqliteFilePath(contentRoot), logger, time)
        : UsesPostgreSql ? HangfirePostgreSqlSchema.Open(database.ConnectionString)
        : new InMemoryStorage();

    private bool Is(string storage) => Storage.Trim().Equals(storage, StringComparison.OrdinalIgnoreCase);
}
