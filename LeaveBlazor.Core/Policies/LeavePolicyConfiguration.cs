using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.Policies;

internal sealed class LeavePolicyConfiguration : IEntityTypeConfiguration<LeavePolicy>
{
    public const string Table = "LeavePolicies";

    public void Configure(EntityTypeBuilder<LeavePolicy> builder)
    {
        builder.ToTable(Table);
        builder.Property(p => p.Name).HasMaxLength(LeavePolicyRules.NameMaxLength);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Colour).HasMaxLength(7);
        builder.Property(p => p.YearlyAllowanceDays).HasPrecision(4, 1);
        builder.Property(p => p.CarryOverMaxDays).HasPrecision(4, 1);
        builder.Property(p => p.MaxBelowZeroDays).HasPrecision(4, 1);
        builder.Ignore(p => p.CarryOverExpiry);
    }
}

/// <summary>The leave types as <c>db.LeavePolicies</c>.</summary>
public static class PolicyTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<LeavePolicy> LeavePolicies => db.Set<LeavePolicy>();
    }
}
