using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.Notifications;

/// <summary>
/// A process that dispatches the outbox, written when it starts: its id is on every claim it makes, and where it runs
/// (host, process id and that process's start) lets a later start on the same host tell that it is gone.
/// </summary>
public sealed class OutboxDispatcherProcess
{
    private OutboxDispatcherProcess()
    {
    }

    public OutboxDispatcherProcess(Guid id, string host, int processId, DateTimeOffset processStartedAt)
    {
        Id = id;
        Host = host;
        ProcessId = processId;
        ProcessStartedAt = processStartedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The machine (or container) it runs on, as <c>OutboxDispatcher</c>'s host identity names it.</summary>
    public string Host { get; private set; } = "";

    public int ProcessId { get; private set; }

    /// <summary>When the operating system started the process, so a process id reused later is not mistaken for it.</summary>
    public DateTimeOffset ProcessStartedAt { get; private set; }
}

internal sealed class OutboxDispatcherProcessConfiguration : IEntityTypeConfiguration<OutboxDispatcherProcess>
{
    public void Configure(EntityTypeBuilder<OutboxDispatcherProcess> builder)
    {
        builder.ToTable("OutboxDispatchers");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Host).HasMaxLength(300);
    }
}

/// <summary>The processes that have dispatched the outbox, as <c>db.OutboxDispatchers</c>.</summary>
public static class OutboxDispatcherTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<OutboxDispatcherProcess> OutboxDispatchers => db.Set<OutboxDispatcherProcess>();
    }
}
