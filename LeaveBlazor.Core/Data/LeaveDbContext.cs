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
