namespace LeaveBlazor.Core.Data;

/// <summary>
/// What differs between database engines, behind one seam: preparing the store before migrations, writing many
/// rows at once for the jobs, and copying the whole database while it is in use. SQLite's is in <c>Data/Sqlite</c>; a second engine sits beside it.
/// </summary>
public interface IDatabaseEngine
{
    /// <summary>Whatever the store needs before the migrations run (a folder, a file, its journal mode).</summary>
    Task PrepareAsync(LeaveDbContext db, CancellationToken cancellationToken);

    /// <summary>Inserts new rows of one entity inside the caller's transaction; their generated keys are not read back.</summary>
    Task InsertAsync<T>(LeaveDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class;

    /// <summary>
    /// Writes the named properties of rows changed in memory, each guarded by the concurrency token it was read with,
    /// inside the caller's transaction; returns how many were written (fewer when someone changed a row first).
    /// </summary>
    Task<int> UpdateAsync<T>(LeaveDbContext db, IReadOnlyCollection<(T Row, object ReadToken)> rows, IReadOnlyList<string> propertyNames, CancellationToken cancellationToken)
        where T : class;

    /// <summary>Why this engine's database is not copied by the app (its server has tools of its own), or null when it is.</summary>
    string? WhyNoBackups { get; }

    /// <summary>
    /// Copies the whole database, as one consistent moment, into a new file at <paramref name="file"/> that opens by
    /// itself (no journal beside it), while others go on reading and writing.
    /// </summary>
    Task BackUpAsync(LeaveDbContext db, string file, CancellationToken cancellationToken);
}
