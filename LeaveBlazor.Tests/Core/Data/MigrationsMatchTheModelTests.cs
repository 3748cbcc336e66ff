using LeaveBlazor.Core.Data;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Core.Data;

/// <summary>A change to the model without its migration fails here, not on the first start of a deployed app.</summary>
public sealed class MigrationsMatchTheModelTests : FreshDatabaseTest
{
    [Fact]
    public Task The_sqlite_migrations_describe_the_whole_model() =>
        Database.InScopeAsync<LeaveDbContext>(db =>
        {
            Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: dotnet ef migrations add <Name> --project LeaveBlazor.Core --output-dir Data/Sqlite/Migrations --namespace LeaveBlazor.Core.Data.Sqlite.Migrations");
            return Task.CompletedTask;
        });
}
