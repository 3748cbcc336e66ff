using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.Decisions;

internal sealed class DecisionTokenConfiguration : IEntityTypeConfiguration<DecisionToken>
{
    public void Configure(EntityTypeBuilder<DecisionToken> builder)
    {
        builder.ToTable("DecisionTokens");
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.Property(t => t.Hash).HasMaxLength(32);
        builder.Property(t => t.ApproverId).HasMaxLength(64);
        builder.Property(t => t.OnBehalfOfId).HasMaxLength(64);
        builder.HasOne(t => t.Request).WithMany().HasForeignKey(t => t.LeaveRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(t => t.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
    }
}

/// <summary>Decision tokens as <c>db.DecisionTokens</c>.</summary>
public static class DecisionTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<DecisionToken> DecisionTokens => db.Set<DecisionToken>();
    }
}
