using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.People;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.ToTable("Employees");
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.Email).HasMaxLength(256);
        builder.Property(e => e.DisplayName).HasMaxLength(100);
        builder.HasIndex(e => e.Email).IsUnique();
        builder.HasOne(e => e.Manager).WithMany().HasForeignKey(e => e.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The directory as <c>db.Employees</c>: the context itself knows no feature, so persistence depends on none.</summary>
public static class PeopleTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<Employee> Employees => db.Set<Employee>();
    }
}
