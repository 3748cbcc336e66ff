using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Data;

/// <summary>The last outcome of a background job, kept in the database so health checks survive restarts.</summary>
public sealed class JobRun
{
    private JobRun()
    {
    }

    private JobRun(string name) => Name = name;

    public string Name { get; private set; } = "";

    public DateTimeOffset? LastSucceededAt { get; private set; }

    public string? LastSummary { get; private set; }

    public DateTimeOffset? LastFailedAt { get; private set; }

    public string? LastError { get; private set; }

    public static async Task RecordAsync(LeaveDbContext db, string name, DateTimeOffset at, string summary, Exception? failure, CancellationToken cancellationToken)
    {
        var run = await db.JobRuns.SingleOrDefaultAsync(r => r.Name == name, cancellationToken);
        if (run is null)
        {
            run = new JobRun(name);
            db.JobRuns.Add(run);
        }

        if (failure is null)
        {
            run.LastSucceededAt = at;
            run.LastSummary = summary;
        }
        else
        {
            run.LastFailedAt = at;
            var error = $"{failure.GetType().Name}: {failure.Message}";
            run.LastError = error.Length > 2000 ? error[..2000] : error;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
