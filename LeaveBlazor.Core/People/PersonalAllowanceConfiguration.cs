using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.People;

internal sealed class PersonalAllowanceConfiguration : IEntityTypeConfiguration<PersonalAllowance>
{
    public void Configure(EntityTypeBuilder<PersonalAllowance> builder)
    {
        builder.ToTable("PersonalAllowances");
        builder.HasKey(a => new { a.EmployeeId, a.LeavePolicyId });
        builder.Property(a => a.EmployeeId).HasMaxLength(64);
        builder.Property(a => a.YearlyAllowanceDays).HasPrecision(4, 1);
        builder.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LeavePolicy>().WithMany().HasForeignKey(a => a.LeavePolicyId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>People's own allowances as <c>db.PersonalAllowances</c>.</summary>
public static class PersonalAllowanceTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<PersonalAllowance> PersonalAllowances => db.Set<PersonalAllowance>();
    }
}
