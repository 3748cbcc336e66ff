using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Support;

/// <summary>Base for bunit tests of the admin pages: Dana, made an admin, is the one signed in.</summary>
public abstract class AdminPageTest : LeavePageTest
{
    /// <summary>Gives Dana the Admin role (her account already has Employee and Approver) and signs her in.</summary>
    protected async Task SignInDanaAsAdminAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var dana = await users.FindByIdAsync(TestPeople.Dana.Id) ?? throw new InvalidOperationException("Dana has no account.");
            await users.AddToRoleAsync(dana, Roles.Admin);
        }

        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver, Roles.Admin);
    }
}
