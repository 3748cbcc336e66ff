using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.People;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.ToTable("Delegations");
        builder.HasKey(d => d.ApproverId);
        builder.Property(d => d.ApproverId).HasMaxLength(64);
        builder.Property(d => d.DelegateId).HasMaxLength(64);
        builder.HasOne<Employee>().WithMany().HasForeignKey(d => d.ApproverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Delegate).WithMany().HasForeignKey(d => d.DelegateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.DelegateId);
    }
}

/// <summary>Approvers' stand-ins as <c>db.Delegations</c>.</summary>
public static class DelegationTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<Delegation> Delegations => db.Set<Delegation>();
    }
}
