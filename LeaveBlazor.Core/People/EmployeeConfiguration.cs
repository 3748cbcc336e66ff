using LeaveBlazor.Core.Calendars;
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
        builder.Property(e => e.Team).HasMaxLength(100);
        builder.HasIndex(e => e.Team);
        builder.Property(e => e.Country).HasMaxLength(2).HasDefaultValue("");
        builder.Property(e => e.Region).HasMaxLength(8);

        // Stored as people read it ("Mon,Tue,Wed"); rows from before patterns were kept work Monday to Friday.
        builder.Property(e => e.WorkingPattern).HasMaxLength(27)
            .HasConversion(pattern => pattern.ToString(), text => WorkingPattern.Parse(text) ?? WorkingPattern.MondayToFriday)
            .HasDefaultValue(WorkingPattern.MondayToFriday);
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
