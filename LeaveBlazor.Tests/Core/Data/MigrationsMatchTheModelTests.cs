using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.PostgreSql;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Web.Data.PostgreSql;
using LeaveBlazor.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Core.Data;

/// <summary>
/// A change to either model without its migration, on either engine, fails here, not on the first start of a deployed
/// app. No database is opened: EF compares each set's snapshot with the model.
/// </summary>
public sealed class MigrationsMatchTheModelTests
{
    public static TheoryData<string> Contexts => ["LeaveDbContext on SQLite", "LeaveDbContext on PostgreSQL", "IdentityDb on SQLite", "IdentityDb on PostgreSQL"];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_migrations_describe_the_whole_model(string context)
    {
        using var db = Create(context);

        Assert.False(db.Database.HasPendingModelChanges(), $"{context}: the model changed without a migration. Add one for each engine: {Command(context)}");
    }

    private static DbContext Create(string context) => context switch
    {
        "LeaveDbContext on SQLite" => new LeaveDbContext(
            (DbContextOptions<LeaveDbContext>)new DbContextOptionsBuilder<LeaveDbContext>().UseLeaveSqlite("Data Source=design-time.db").Options),
        "LeaveDbContext on PostgreSQL" => new PostgreSqlLeaveDbContext(
            (DbContextOptions<PostgreSqlLeaveDbContext>)new DbContextOptionsBuilder<PostgreSqlLeaveDbContext>().UseLeavePostgreSql("Host=localhost;Database=design").Options),
        "IdentityDb on SQLite" => new IdentityDb(new DbContextOptionsBuilder<IdentityDb>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable))
            .UseApplicationServiceProvider(IdentitySetup.ModelServices).Options),
        _ => new PostgreSqlIdentityDb(
            (DbContextOptions<PostgreSqlIdentityDb>)new DbContextOptionsBuilder<PostgreSqlIdentityDb>().UseIdentityOnPostgreSql("Host=localhost;Database=design")
            .UseApplicationServiceProvider(IdentitySetup.ModelServices).Options),
    };

    private static string Command(string context) => context switch
    {
        "LeaveDbContext on SQLite" => "dotnet ef migrations add <Name> --project LeaveBlazor.Core --context LeaveDbContext --output-dir Data/Sqlite/Migrations",
        "LeaveDbContext on PostgreSQL" => "dotnet ef migrations add <Name> --project LeaveBlazor.Core --context PostgreSqlLeaveDbContext --output-dir Data/PostgreSql/Migrations",
        "IdentityDb on SQLite" => "dotnet ef migrations add <Name> --project LeaveBlazor.Web --context IdentityDb --output-dir Identity/Migrations",
        _ => "dotnet ef migrations add <Name> --project LeaveBlazor.Web --context PostgreSqlIdentityDb --output-dir Data/PostgreSql/IdentityMigrations",
    };
}
