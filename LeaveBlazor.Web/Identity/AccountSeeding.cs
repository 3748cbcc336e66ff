using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Identity;

/// <summary>Accounts created at start-up: the roles, the first admin from configuration, and demo people in Development.</summary>
public static class AccountSeeding
{
    public const string DemoPassword = "Leave-demo-1";

    public static async Task SeedAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var accounts = services.GetRequiredService<UserAccounts>();
        var firstAdmin = services.GetRequiredService<IOptions<FirstAdminOptions>>().Value;
        if (firstAdmin.Email.Length > 0 && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
        {
            await accounts.CreateAsync(new UserDraft(firstAdmin.Email, firstAdmin.DisplayName, null, [Roles.Admin], firstAdmin.Password));
            app.Logger.LogInformation("Created the first admin, {Email}", firstAdmin.Email);
        }

        if (app.Environment.IsDevelopment() && !users.Users.Any())
        {
            await SeedDemoPeopleAsync(accounts);
            app.Logger.LogInformation("Seeded demo accounts (password {Password}): see README", DemoPassword);
        }
    }

    private static async Task SeedDemoPeopleAsync(UserAccounts accounts)
    {
        var admin = await accounts.CreateAsync(new UserDraft("admin@leaveblazor.test", "Ada Admin", null, [Roles.Admin], DemoPassword));
        var manager = await accounts.CreateAsync(new UserDraft("dana@leaveblazor.test", "Dana Manager", admin, [Roles.Approver], DemoPassword));
        await accounts.CreateAsync(new UserDraft("alex@leaveblazor.test", "Alex Employee", manager, [], DemoPassword));
        await accounts.CreateAsync(new UserDraft("sam@leaveblazor.test", "Sam Colleague", manager, [], DemoPassword));
    }
}
