using System.Globalization;
using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Backups;

/// <summary>A copy of the app database in the backup folder.</summary>
public sealed record BackupFile(string Name, string Path, long Bytes, DateTimeOffset TakenAt);

/// <summary>
/// Copies of the app database, taken while the app runs: the one way a backup is taken, whoever asks (an admin on the
/// page or the API, or the <c>backup</c> job), so an audit record of who took one belongs in <see cref="TakeAsync"/>.
/// A copy is written under a temporary name and renamed when complete, so a name in the folder is always a whole
/// backup; then all but the newest <see cref="BackupOptions.Keep"/> are deleted.
/// </summary>
public sealed class DatabaseBackups(
    IDbContextFactory<LeaveDbContext> contexts,
    IDatabaseEngine engine,
    BackupGate gate,
    IOptions<BackupOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<DatabaseBackups> logger)
{
    private const string Prefix = "leave-";
    private const string Extension = ".db";
    private const string PartialExtension = ".partial";

    // UTC to the millisecond: names sort in the order the copies were taken.
    private const string StampFormat = "yyyyMMdd-HHmmss-fff";

    public string Folder => Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);

    /// <summary>Why the app takes no copies of this database (PostgreSQL's are the server's business), or null.</summary>
    public string? Unavailable => engine.WhyNoBackups;

    /// <param name="takenBy">Who asked: an admin, or the job (<see cref="Actor.App"/>); the audit list names them.</param>
    public async Task<BackupFile> TakeAsync(Actor takenBy, CancellationToken cancellationToken)
    {
        if (Unavailable is { } reason)
        {
            throw new LeaveStateConflictException(reason);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            var takenAt = time.GetUtcNow();
            var name = Prefix + takenAt.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture) + "Z" + Extension;
            var path = Path.Combine(Folder, name);
            var partial = path + PartialExtension;
            try
            {
                await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
                {
                    await engine.BackUpAsync(db, partial, cancellationToken);
                }

                File.Move(partial, path, overwrite: true);
            }
            finally
            {
                File.Delete(partial);
            }

            var taken = new BackupFile(name, path, new FileInfo(path).Length, takenAt);
            logger.LogInformation("Database backup {Name} ({Bytes} bytes) taken by {TakenBy}.", name, taken.Bytes, takenBy.DisplayName);
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                AuditEntry.Record(db, takenAt, takenBy, AuditAction.BackupTaken, name, $"{taken.Bytes:N0} bytes, in {Folder}");
                await db.SaveChangesAsync(cancellationToken);
            }

            DeleteAllButNewest();
            return taken;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The copies in the folder, newest first.</summary>
    public IReadOnlyList<BackupFile> List() =>
        !Directory.Exists(Folder)
            ? []
            : [.. Directory.EnumerateFiles(Folder, Prefix + "*" + Extension)
                .Select(path => (path, takenAt: TakenAt(Path.GetFileName(path))))
                .Where(file => file.takenAt is not null)
                .Select(file => new BackupFile(Path.GetFileName(file.path), file.path, new FileInfo(file.path).Length, file.takenAt!.Value))
                .OrderByDescending(file => file.Name, StringComparer.Ordinal)];

    private void DeleteAllButNewest()
    {
        foreach (var old in List().Skip(options.Value.Keep))
        {
            File.Delete(old.Path);
            logger.LogInformation("Database backup {Name} deleted: only the newest {Keep} are kept.", old.Name, options.Value.Keep);
        }

        // A copy cut short by a crash never got its final name; nothing else is writing one now (the gate).
        foreach (var partial in Directory.EnumerateFiles(Folder, Prefix + "*" + Extension + PartialExtension))
        {
            File.Delete(partial);
        }
    }

    private static DateTimeOffset? TakenAt(string name) =>
        DateTime.TryParseExact(name[Prefix.Length..^Extension.Length], StampFormat + "'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var stamp)
            ? new DateTimeOffset(stamp, TimeSpan.Zero)
            : null;
}

/// <summary>One backup at a time in this process: two at once would only copy the same pages twice.</summary>
public sealed class BackupGate : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public Task WaitAsync(CancellationToken cancellationToken) => _one.WaitAsync(cancellationToken);

    public void Release() => _one.Release();

    public void Dispose() => _one.Dispose();
}
