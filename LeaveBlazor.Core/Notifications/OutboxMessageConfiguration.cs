using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => m.LeaveRequestId);
        builder.Property(m => m.ToAddress).HasMaxLength(256);
        builder.Property(m => m.ToName).HasMaxLength(100);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Ignore(m => m.CarriesDecisionLinks);
    }
}

/// <summary>The email outbox as <c>db.Outbox</c>.</summary>
public static class OutboxTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<OutboxMessage> Outbox => db.Set<OutboxMessage>();
    }
}
