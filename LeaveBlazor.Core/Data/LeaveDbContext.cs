using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeaveBlazor.Core.Data;

/// <summary>
/// The application database: the directory, leave requests and their history, decision tokens and the email outbox.
/// Each feature maps its own tables (its configurations and a <c>db.Table</c> extension beside its types), so this
/// layer depends on none of them. An engine whose migrations differ from SQLite's derives a context type of its own
/// (EF finds each set of migrations by the context type it was made for); the model is the same.
/// </summary>
public class LeaveDbContext : DbContext
{
    private bool _outboxWritten;

    public LeaveDbContext(DbContextOptions<LeaveDbContext> options)
        : this((DbContextOptions)options)
    {
    }

    protected LeaveDbContext(DbContextOptions options)
        : base(options)
    {
        // Even a one-statement save runs in a transaction, so the engine can line it up with the other writers (SQLite's write queue does).
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    internal DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    internal DbSet<OneTimeStep> OneTimeSteps => Set<OneTimeStep>();

    /// <summary>
    /// True when this context wrote emails to send (new outbox rows, or failed ones made pending again) since the last
    /// call; the host reads it as a transaction commits, to wake its dispatcher, and after a rollback, to forget them.
    /// </summary>
    public bool TakeOutboxWrites()
    {
        var wrote = _outboxWritten;
        _outboxWritten = false;
        return wrote;
    }

    /// <summary>Notes that this context wrote emails to send; the commit that makes them visible announces them.</summary>
    public void NoteOutboxWritten() => _outboxWritten = true;

    /// <summary>True while saves write only rows this process holds a claim on, with no rule read across other rows.</summary>
    internal bool SavingClaimedRowsOnly { get; private set; }

    /// <summary>
    /// Saves made until the result is disposed change only rows this process has claimed (an outbox email's outcome),
    /// so they check no rule across rows and need not wait for the write turn where writers can run side by side
    /// (PostgreSQL); on SQLite they still queue, as every writer of one file must.
    /// </summary>
    public IDisposable SaveClaimedRowsOnly()
    {
        SavingClaimedRowsOnly = true;
        return new ClaimedRowsScope(this);
    }

    private sealed class ClaimedRowsScope(LeaveDbContext db) : IDisposable
    {
        public void Dispose() => db.SavingClaimedRowsOnly = false;
    }

    // Disposing gives a context back to the factory's pool, which resets EF's own state; this is the context's own.
    public override void Dispose()
    {
        ForgetOwnState();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        ForgetOwnState();
        return base.DisposeAsync();
    }

    private void ForgetOwnState()
    {
        _outboxWritten = false;
        SavingClaimedRowsOnly = false;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeaveDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or sort DateTimeOffset text; UTC ticks sort correctly.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
