using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.Data;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.Email).HasMaxLength(256);
        builder.Property(e => e.DisplayName).HasMaxLength(100);
        builder.HasIndex(e => e.Email).IsUnique();
        builder.HasOne(e => e.Manager).WithMany().HasForeignKey(e => e.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LeaveRequestConfiguration : IEntityTypeConfiguration<LeaveRequest>
{
    public void Configure(EntityTypeBuilder<LeaveRequest> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(20);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.LeaveType).HasMaxLength(50);
        builder.Property(r => r.Reason).HasMaxLength(4000);
        builder.Property(r => r.DecidedByName).HasMaxLength(100);
        builder.Property(r => r.DecisionComment).HasMaxLength(4000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Dates);

        builder.HasOne(r => r.Requester).WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Approver).WithMany().HasForeignKey(r => r.ApproverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RequesterId, r.Status, r.FirstDay });
        builder.HasIndex(r => new { r.ApproverId, r.Status, r.SubmittedAt });
        builder.HasIndex(r => r.NextReminderDue);

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
        builder.Property(h => h.ActorName).HasMaxLength(100);
        builder.Property(h => h.Comment).HasMaxLength(4000);
    }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> builder)
    {
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}

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

internal sealed class DecisionTokenConfiguration : IEntityTypeConfiguration<DecisionToken>
{
    public void Configure(EntityTypeBuilder<DecisionToken> builder)
    {
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.Property(t => t.Hash).HasMaxLength(32);
        builder.Property(t => t.ApproverId).HasMaxLength(64);
        builder.HasOne(t => t.Request).WithMany().HasForeignKey(t => t.LeaveRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(t => t.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.Property(r => r.LastSummary).HasMaxLength(500);
        builder.Property(r => r.LastError).HasMaxLength(2000);
    }
}
