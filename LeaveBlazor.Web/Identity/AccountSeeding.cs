using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Web.Identity.FirstStart;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Identity;

/// <summary>
/// Accounts at start-up: the roles; the first admin from configuration; demo people in Development only; outside
/// Development, a refusal while a demo account still has its published password, and a setup link when no admin exists.
/// </summary>
public static class AccountSeeding
{
    public const string DemoPassword = DemoPeople.Password;

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
            await CreateFirstAdminAsync(accounts, firstAdmin);
            app.Logger.LogInformation("Created the first admin, {Email}", firstAdmin.Email);
        }

        if (app.Environment.IsDevelopment())
        {
            if (!users.Users.Any())
            {
                await DemoPeople.SeedAsync(accounts);
                app.Logger.LogInformation("Seeded the demo accounts of README into this Development database");
            }
        }
        else
        {
            await DemoPeople.RefuseStartWhileAnyKeepsItsPasswordAsync(users, app.Environment.EnvironmentName);
        }

        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
        {
            var token = services.GetRequiredService<SetupLink>().Open();
            var link = services.GetRequiredService<IOptions<AppLinkOptions>>().Value.Link(SetupLink.PathPrefix + token);
            app.Logger.LogWarning(
                "No admin account exists yet. Open {SetupLink} within {Minutes} minutes to create one (any instance accepts it until an admin exists; each start writes another), or set FirstAdmin:Email and FirstAdmin:Password",
                link, (int)SetupLink.Lifetime.TotalMinutes);
        }
    }

    /// <summary>The configured admin, or a refusal to start whose messages name the <c>FirstAdmin</c> settings at fault.</summary>
    private static async Task CreateFirstAdminAsync(UserAccounts accounts, FirstAdminOptions firstAdmin)
    {
        try
        {
            await accounts.CreateAsync(new UserDraft(firstAdmin.Email, firstAdmin.DisplayName, null, [Roles.Admin], firstAdmin.Password), Actor.App);
        }
        catch (LeaveValidationException refused)
        {
            var failures = refused.Errors.SelectMany(field => field.Value.Select(message => $"{FirstAdminOptions.Section}:{field.Key}: {message}"));
            throw new OptionsValidationException(FirstAdminOptions.Section, typeof(FirstAdminOptions), failures);
        }
    }
}
