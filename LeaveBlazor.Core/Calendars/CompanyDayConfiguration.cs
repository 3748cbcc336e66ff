using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.Calendars;

internal sealed class CompanyDayConfiguration : IEntityTypeConfiguration<CompanyDay>
{
    public void Configure(EntityTypeBuilder<CompanyDay> builder)
    {
        builder.ToTable("CompanyDays");
        builder.Property(d => d.Name).HasMaxLength(CompanyDay.NameMaxLength);
        builder.Property(d => d.Country).HasMaxLength(2);
        builder.HasIndex(d => d.Day);
    }
}

/// <summary>The company days as <c>db.CompanyDays</c>.</summary>
public static class CalendarTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<CompanyDay> CompanyDays => db.Set<CompanyDay>();
    }
}
