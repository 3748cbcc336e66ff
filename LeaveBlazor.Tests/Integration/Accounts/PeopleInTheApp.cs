using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>How many sign-in accounts and directory entries the database holds.</summary>
public sealed record PeopleCounts(int Accounts, int DirectoryEntries);

/// <summary>
/// An admin's operations on people (<see cref="UserAccounts"/>) and what they left behind, each in a fresh scope of
/// the running app's container, as one request or one circuit event would run them.
/// </summary>
public static class PeopleInTheApp
{
    /// <summary>Passes the app's password rules: 8+ characters with upper case, lower case and a digit.</summary>
    public const string Password = "Leave-test-1";

    /// <summary>A valid new person no other test uses, with the roles asked (Employee is always added).</summary>
    public static UserDraft NewPerson(string? managerId = null, params string[] roles)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return new UserDraft($"person-{tag}@leaveblazor.test", $"Person {tag}", managerId, roles, Password);
    }

    /// <summary>The demo admin creates the person.</summary>
    public static async Task<string> CreatePersonAsync(this WebApplicationFactory<Program> app, UserDraft draft)
    {
        var admin = await app.DemoAdminAsync();
        return await app.WithAccountsAsync(accounts => accounts.CreateAsync(draft, admin));
    }

    /// <summary>The demo admin changes the person.</summary>
    public static async Task UpdatePersonAsync(this WebApplicationFactory<Program> app, string id, UserDraft draft)
    {
        var admin = await app.DemoAdminAsync();
        await app.WithAccountsAsync(async accounts =>
        {
            await accounts.UpdateAsync(id, draft, admin);
            return id;
        });
    }

    /// <summary>The demo admin (de)activates the person; a deactivated approver's pending requests go to <paramref name="successorId"/>.</summary>
    public static async Task SetActiveAsync(this WebApplicationFactory<Program> app, string id, bool active, string? successorId = null)
    {
        var admin = await app.DemoAdminAsync();
        await app.WithAccountsAsync(async accounts =>
        {
            await accounts.SetActiveAsync(id, active, admin, successorId);
            return id;
        });
    }

    /// <summary>The demo admin, as the admin pages name them when they act.</summary>
    public static async Task<Actor> DemoAdminAsync(this WebApplicationFactory<Program> app)
    {
        var account = await app.AccountAsync(LeaveApp.AdminEmail) ?? throw new InvalidOperationException("The demo admin has no account.");
        var admin = await app.DirectoryEntryAsync(account.Id) ?? throw new InvalidOperationException("The demo admin has no directory entry.");
        return new Actor(admin.Id, admin.DisplayName);
    }

    /// <summary>A new approver, and a new person who asked them for a day off in two weeks.</summary>
    public static async Task<(string ApproverId, LeaveRequest Request)> WaitingOnANewApproverAsync(this LeaveApp app)
    {
        var approverId = await app.CreatePersonAsync(NewPerson(roles: [Roles.Approver]));
        var requesterId = await app.CreatePersonAsync(NewPerson());
        var day = app.WorkingDayInTwoWeeks();
        var request = await app.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            requesterId, new NewLeaveRequest("Annual", day, day, false, false, null, approverId), LeaveChannel.Web));
        return (approverId, request);
    }

    /// <summary>Whom the person could send a leave request to.</summary>
    public static async Task<List<string>> ApproverChoicesAsync(this WebApplicationFactory<Program> app, string requesterId)
    {
        var requester = await app.DirectoryEntryAsync(requesterId) ?? throw new InvalidOperationException($"No directory entry {requesterId}.");
        await using var scope = app.Services.CreateAsyncScope();
        var choices = await scope.ServiceProvider.GetRequiredService<EmployeeDirectory>().ApproverChoicesAsync(requester);
        return choices.People.Select(e => e.Id).ToList();
    }

    public static async Task<AppUser?> AccountAsync(this WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    /// <summary>The account's roles, sorted; empty when there is no such account.</summary>
    public static async Task<List<string>> RolesAsync(this WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByEmailAsync(email) is { } user ? [.. (await users.GetRolesAsync(user)).Order()] : [];
    }

    /// <summary>The emails of every account in the role, sorted.</summary>
    public static async Task<List<string>> EmailsInRoleAsync(this WebApplicationFactory<Program> app, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var members = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(role);
        return [.. members.Select(u => u.Email ?? "").Order()];
    }

    public static async Task<Employee?> DirectoryEntryAsync(this WebApplicationFactory<Program> app, string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EmployeeDirectory>().FindAsync(id);
    }

    public static async Task<PeopleCounts> PeopleCountsAsync(this WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return new PeopleCounts(
            await scope.ServiceProvider.GetRequiredService<IdentityDb>().Users.CountAsync(),
            await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Employees.CountAsync());
    }

    /// <summary>A client that keeps cookies and shows redirects rather than following them, on any of the app factories.</summary>
    public static HttpClient CreateCookieBrowser(this WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs an admin operation on people in a fresh scope, as one circuit event would.</summary>
    public static async Task<TResult> WithAccountsAsync<TResult>(this WebApplicationFactory<Program> app, Func<UserAccounts, Task<TResult>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserAccounts>());
    }
}
