using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeaveBlazor.Core.Feeds;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.Property(f => f.EmployeeId).HasMaxLength(64);
        builder.Property(f => f.Hash).HasMaxLength(32);
        builder.HasIndex(f => f.Hash).IsUnique();
        builder.HasIndex(f => new { f.EmployeeId, f.Kind }).IsUnique();
        builder.HasOne<Employee>().WithMany().HasForeignKey(f => f.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Calendar feeds as <c>db.CalendarFeeds</c>.</summary>
public static class CalendarFeedTables
{
    extension(LeaveDbContext db)
    {
        public DbSet<CalendarFeed> CalendarFeeds => db.Set<CalendarFeed>();
    }
}
