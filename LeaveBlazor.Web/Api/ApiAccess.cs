using System.Security.Claims;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Api;

/// <summary>Who may call the API: anyone signed in, by bearer token or by the sign-in cookie; the inbox as on the pages.</summary>
public static class ApiAccess
{
    public const string SignedIn = "api-signed-in";
    public const string ApproversAndAdmins = "api-approvers";
    public const string Admins = "api-admins";

    public static void AddApiPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(SignedIn, policy => Require(policy, new CurrentAccountRequirement([], "")))
        .AddPolicy(ApproversAndAdmins, policy => Require(policy,
            new CurrentAccountRequirement([Roles.Approver, Roles.Admin], "Only approvers and admins have an inbox.")))
        .AddPolicy(Admins, policy => Require(policy, new CurrentAccountRequirement([Roles.Admin], "Only admins may do this.")));

    private static void Require(AuthorizationPolicyBuilder policy, CurrentAccountRequirement account) => policy
        .AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme)
        .RequireAuthenticatedUser()
        .AddRequirements(account);
}

/// <summary>The account must still be valid now and, when roles are listed, hold one of them now (else <paramref name="Refusal"/>).</summary>
public sealed record CurrentAccountRequirement(IReadOnlyList<string> AnyOfRoles, string Refusal) : IAuthorizationRequirement;

/// <summary>The sign-in is stale: the account was deactivated or its security stamp changed since the token was issued.</summary>
public sealed class SignInNoLongerValid(IAuthorizationHandler handler)
    : AuthorizationFailureReason(handler, "This sign-in is no longer valid (the account changed or was deactivated): sign in again.");

/// <summary>
/// Checks every API call against the account store, as the cookie's security-stamp check does for the pages: a bearer
/// token otherwise outlives a deactivation or a role change by up to an hour. The person found is the call's <see cref="ApiCaller"/>.
/// </summary>
public sealed class CurrentAccountHandler(IdentityDb accounts, IOptions<IdentityOptions> identity, EmployeeDirectory directory)
    : AuthorizationHandler<CurrentAccountRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentAccountRequirement requirement)
    {
        if (context.Resource is not HttpContext http || context.User.Identity?.IsAuthenticated != true)
        {
            return; // the authenticated-user requirement fails and the caller is challenged
        }

        var account = await AccountAsync(context.User, http.RequestAborted);
        var employee = account is null ? null : await directory.FindAsync(account.Id, http.RequestAborted);
        if (account is null || employee is not { IsActive: true })
        {
            context.Fail(new SignInNoLongerValid(this));
            return;
        }

        http.Features.Set(new ApiCaller(employee, account.Roles.Contains(Roles.Admin)));
        if (requirement.AnyOfRoles.Count == 0 || requirement.AnyOfRoles.Any(account.Roles.Contains))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, requirement.Refusal));
        }
    }

    private sealed record Account(string Id, List<string> Roles);

    /// <summary>
    /// The account behind the sign-in with its roles as they are now, or null when it is gone or its security stamp
    /// changed since the sign-in: what <see cref="SignInManager{TUser}.ValidateSecurityStampAsync(ClaimsPrincipal)"/>
    /// and <see cref="UserManager{TUser}.GetRolesAsync"/> check, in one untracked query where they take two.
    /// </summary>
    private async Task<Account?> AccountAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (principal.FindFirstValue(claims.UserIdClaimType) is not { } id)
        {
            return null;
        }

        var found = await accounts.Users.AsNoTracking()
            .Where(user => user.Id == id)
            .Select(user => new
            {
                user.SecurityStamp,
                Roles = accounts.UserRoles.Where(held => held.UserId == user.Id)
                    .Join(accounts.Roles, held => held.RoleId, role => role.Id, (_, role) => role.Name!)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found is not null && found.SecurityStamp == principal.FindFirstValue(claims.SecurityStampClaimType) ? new Account(id, found.Roles) : null;
    }
}

/// <summary>The person behind an API call, as <see cref="CurrentAccountHandler"/> found them in the directory.</summary>
public sealed record ApiCaller(Employee Employee, bool IsAdmin)
{
    public Actor Actor => new(Employee.Id, Employee.DisplayName);

    public Viewer Viewer => new(Employee.Id, IsAdmin);

    /// <summary>Endpoints take the caller as a parameter; only those behind an <see cref="ApiAccess"/> policy have one.</summary>
    public static ValueTask<ApiCaller?> BindAsync(HttpContext context) => ValueTask.FromResult(context.Features.Get<ApiCaller>());
}
