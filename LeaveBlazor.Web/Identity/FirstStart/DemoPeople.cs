using LeaveBlazor.Core.Leave;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Identity.FirstStart;

/// <summary>The people README introduces, seeded into a Development database only; their password is public.</summary>
public static class DemoPeople
{
    public const string Password = "Leave-demo-1";

    /// <summary>Every demo address ends so; addresses cannot be changed, so this finds them wherever a database went.</summary>
    public const string Domain = "@leaveblazor.test";

    public static async Task SeedAsync(UserAccounts accounts)
    {
        var admin = await accounts.CreateAsync(new UserDraft("admin" + Domain, "Ada Admin", null, [Roles.Admin], Password), Actor.App);
        var manager = await accounts.CreateAsync(new UserDraft("dana" + Domain, "Dana Manager", admin, [Roles.Approver], Password), Actor.App);
        await accounts.CreateAsync(new UserDraft("alex" + Domain, "Alex Employee", manager, [], Password), Actor.App);
        await accounts.CreateAsync(new UserDraft("sam" + Domain, "Sam Colleague", manager, [], Password), Actor.App);
    }

    /// <summary>
    /// Outside Development, anyone who has read README could sign in to an account that still has the demo password,
    /// so the app does not start while one can.
    /// </summary>
    public static async Task RefuseStartWhileAnyKeepsItsPasswordAsync(UserManager<AppUser> users, string environment)
    {
        var candidates = await users.Users.Where(u => u.NormalizedEmail!.EndsWith(Domain.ToUpperInvariant())).ToListAsync();
        var exposed = new List<string>();
        foreach (var user in candidates)
        {
            // Deactivation locks an account for good; a lockout that ends would open it again.
            var deactivated = user.LockoutEnd == DateTimeOffset.MaxValue;
            if (!deactivated && users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? "", Password) != PasswordVerificationResult.Failed)
            {
                exposed.Add(user.Email!);
            }
        }

        if (exposed.Count > 0)
        {
            throw new UnsafeStartException(
                $"Refusing to start in {environment}: {string.Join(", ", exposed)} still {(exposed.Count == 1 ? "has" : "have")} the demo password published in README. " +
                "This database was made in Development: start on a database of its own (ConnectionStrings:Leave names it), " +
                "or first, in Development, make an admin of your own and deactivate those accounts under Admin → Users.");
        }
    }
}
