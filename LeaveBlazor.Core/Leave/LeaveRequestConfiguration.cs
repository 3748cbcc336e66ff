using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.Leave;

internal sealed class LeaveRequestConfiguration : IEntityTypeConfiguration<LeaveRequest>
{
    public void Configure(EntityTypeBuilder<LeaveRequest> builder)
    {
        builder.ToTable("LeaveRequests");
        builder.Property(r => r.Reference).HasMaxLength(20);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.LeaveType).HasMaxLength(50);
        builder.Property(r => r.Reason).HasMaxLength(4000);
        builder.Property(r => r.DecidedByName).HasMaxLength(250); // "Kim Delegate on behalf of Dana Manager"
        builder.Property(r => r.DecisionComment).HasMaxLength(4000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.CancellationReason).HasMaxLength(4000);
        builder.Ignore(r => r.Dates);
        builder.Ignore(r => r.CancellationWaiting);

        builder.HasOne(r => r.Requester).WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Approver).WithMany().HasForeignKey(r => r.ApproverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LeavePolicy>().WithMany().HasForeignKey(r => r.LeavePolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RequesterId, r.Status, r.LastDay });
        builder.HasIndex(r => new { r.ApproverId, r.Status, r.SubmittedAt });
        builder.HasIndex(r => r.NextReminderDue);
        builder.HasIndex(r => new { r.ApproverId, r.CancellationAskedAt });

        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.LeaveRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LeaveHistoryEntryConfiguration : IEntityTypeConfiguration<LeaveHistoryEntry>
{
    public void Configure(EntityTypeBuilder<LeaveHistoryEntry> builder)
    {
        builder.ToTable("LeaveHistory");
        builder.Property(h => h.ActorId).HasMaxLength(64);
        builder.Property(h => h.ActorName).HasMaxLength(250);
        builder.Property(h => h.OnBehalfOfId).HasMaxLength(64);
        builder.Property(h => h.Comment).HasMaxLength(4000);
    }
}

/// <summary>Leave requests as <c>db.LeaveRequests</c> (their history comes with them).</summary>
public static class LeaveTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<LeaveRequest> LeaveRequests => db.Set<LeaveRequest>();
    }
}
