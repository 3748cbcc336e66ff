using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// Sign-in accounts for <see cref="TestPeople"/> in the test database file, as the web app keeps them: Identity beside
/// the directory, same ids, Dana in the Approver role. Pages that ask Identity (such as who may approve) need them.
/// </summary>
public static class TestAccounts
{
    public static IServiceCollection AddTestAccounts(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<IdentityDb>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable))
            .AddInterceptors(SqliteDatabase.Interceptors()));
        services.AddIdentityCore<AppUser>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddDefaultTokenProviders();
        services.AddDataProtection();
        services.AddScoped<UserAccounts>();
        services.AddScoped<PeopleImport>();
        services.AddScoped<PasswordResetLinks>();
        services.AddSingleton<ResetLinkThrottle>();
        return services;
    }

    public static async Task SeedTestAccountsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityDb>().Database.MigrateAsync();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            Succeeded(await roles.CreateAsync(new IdentityRole(role)));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var person in TestPeople.Everyone)
        {
            var user = new AppUser { Id = person.Id, UserName = person.Email, Email = person.Email, EmailConfirmed = true };
            Succeeded(await users.CreateAsync(user));
            Succeeded(await users.AddToRolesAsync(user, Roles.Of(person.ToEmployee())));
        }
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
