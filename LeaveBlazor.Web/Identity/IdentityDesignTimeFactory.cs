using LeaveBlazor.Core.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LeaveBlazor.Web.Identity;

/// <summary>
/// Lets <c>dotnet ef migrations add --context IdentityDb</c> build the SQLite context without the web host; without it
/// the tools would take PostgreSQL's factory, whose context derives from this one.
/// </summary>
internal sealed class IdentityDesignTimeFactory : IDesignTimeDbContextFactory<IdentityDb>
{
    public IdentityDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<IdentityDb>()
        .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable))
        .AddInterceptors(SqliteDatabase.Interceptors())
        .UseApplicationServiceProvider(IdentitySetup.ModelServices)
        .Options);
}
