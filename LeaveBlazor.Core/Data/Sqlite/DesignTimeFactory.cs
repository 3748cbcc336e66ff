using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LeaveBlazor.Core.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LeaveDbContext>
{
    public LeaveDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LeaveDbContext>();
        options.UseLeaveSqlite("Data Source=design-time.db");
        return new LeaveDbContext(options.Options);
    }
}
