using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LeaveBlazor.Core.Data.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add --context PostgreSqlLeaveDbContext</c> build the context without a server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlLeaveDbContext>
{
    public PostgreSqlLeaveDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlLeaveDbContext>();
        options.UseLeavePostgreSql("Host=localhost;Database=leaveblazor_design_time");
        return new PostgreSqlLeaveDbContext(options.Options);
    }
}
