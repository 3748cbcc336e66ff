using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.Balances;

internal sealed class BalanceEntryConfiguration : IEntityTypeConfiguration<BalanceEntry>
{
    public void Configure(EntityTypeBuilder<BalanceEntry> builder)
    {
        builder.ToTable("BalanceEntries");
        builder.Property(e => e.EmployeeId).HasMaxLength(64);
        builder.Property(e => e.Key).HasMaxLength(64);
        builder.Property(e => e.Note).HasMaxLength(BalanceEntry.NoteMaxLength);
        builder.Property(e => e.ById).HasMaxLength(64);
        builder.Property(e => e.ByName).HasMaxLength(100);
        builder.Property(e => e.Days).HasPrecision(7, 1);

        // Lines without a key (adjustments) never collide: both providers treat NULLs as distinct.
        builder.HasIndex(e => new { e.EmployeeId, e.LeavePolicyId, e.Year, e.Key }).IsUnique();
        builder.HasOne<People.Employee>().WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Policies.LeavePolicy>().WithMany().HasForeignKey(e => e.LeavePolicyId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The ledger as <c>db.BalanceEntries</c>.</summary>
public static class BalanceTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<BalanceEntry> BalanceEntries => db.Set<BalanceEntry>();
    }
}
