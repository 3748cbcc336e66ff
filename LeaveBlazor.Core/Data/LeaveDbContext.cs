using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeaveBlazor.Core.Data;

/// <summary>The application database: the directory, leave requests and their history, decision tokens and the email outbox.</summary>
public sealed class LeaveDbContext : DbContext
{
    private bool _outboxWritten;

    public LeaveDbContext(DbContextOptions<LeaveDbContext> options)
        : base(options)
    {
        // Even a one-statement save runs in a transaction, so SqliteWriteQueue lines it up with the other writers.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<LeaveRequest> LeaveRequests => Set<LeaveRequest>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<DecisionToken> DecisionTokens => Set<DecisionToken>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    internal DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        NoteOutboxWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        NoteOutboxWrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>For writes that bypass SaveChanges (<see cref="RowInserts"/>).</summary>
    internal void NoteOutboxWritten() => _outboxWritten = true;

    private void NoteOutboxWrites()
    {
        _outboxWritten |= ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added
            || (e.State == EntityState.Modified && e.Property(m => m.State).IsModified && e.Entity.State == OutboxState.Pending));
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
