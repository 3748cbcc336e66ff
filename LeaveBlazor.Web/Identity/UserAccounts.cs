using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Identity.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LeaveBlazor.Web.Identity;

/// <param name="Terms">The person's working terms; null keeps them (a change) or gives the defaults (a new person).</param>
/// <param name="Allowances">
/// All the person's own allowances (a type left out has the type's); null keeps them (a change) or gives none (a new person).
/// </param>
/// <param name="Team">The person's team or department; empty for none.</param>
public sealed record UserDraft(
    string? Email, string? DisplayName, string? ManagerId, IReadOnlyCollection<string> Roles, string? Password = null, WorkingTerms? Terms = null,
    IReadOnlyCollection<PersonalAllowanceDraft>? Allowances = null, string? Team = null);

/// <param name="Allowances">The person's own yearly allowances, by leave type id.</param>
public sealed record UserSummary(
    string Id, string Email, string DisplayName, string? ManagerId, string? ManagerName, bool IsActive, IReadOnlyList<string> Roles, WorkingTerms Terms,
    bool TwoFactorOn = false, IReadOnlyDictionary<int, decimal>? Allowances = null, string? Team = null);

/// <summary>
/// What an admin does to people: create, change manager and roles, deactivate. The sign-in account and the
/// directory entry change together in one transaction, so neither exists without the other.
/// </summary>
public sealed class UserAccounts(
    IServiceScopeFactory scopes, IDbContextFactory<LeaveDbContext> contexts, EmployeeDirectory directory, HandOverPendingRequests handOver,
    IOptions<LeaveOptions> options, TimeProvider time)
{
    /// <summary>What a new person gets unless the admin says otherwise.</summary>
    public WorkingTerms DefaultTerms => WorkingTerms.Default(options.Value.DefaultCountry);

    /// <summary>A page of the people an admin manages, by name; see <see cref="EmployeeDirectory.PageAsync"/> for the search.</summary>
    public async Task<ListPageOf<UserSummary>> PageAsync(string? search, ListPage page, CancellationToken cancellationToken = default)
    {
        var people = await directory.PageAsync(search, page, cancellationToken);
        var ids = people.Items.Select(e => e.Id).ToList();
        await using var scope = scopes.CreateAsyncScope();
        var identityDb = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var roles = await identityDb.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(identityDb.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var twoFactor = (await identityDb.Users.Where(u => u.TwoFactorEnabled && ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        await using var leaveDb = await contexts.CreateDbContextAsync(cancellationToken);
        var allowances = (await leaveDb.PersonalAllowances.AsNoTracking().Where(a => ids.Contains(a.EmployeeId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.EmployeeId);
        return new(people.Items.Select(e => new UserSummary(e.Id, e.Email, e.DisplayName, e.ManagerId, e.Manager?.DisplayName, e.IsActive,
            [.. rolesByUser[e.Id].Order()], e.WorkingTerms, twoFactor.Contains(e.Id),
            allowances[e.Id].ToDictionary(a => a.LeavePolicyId, a => a.YearlyAllowanceDays), e.Team)).ToList(), people.Total);
    }

    /// <param name="by">The admin doing it (or <see cref="Actor.App"/> at start-up), for the audit list.</param>
    public async Task<string> CreateAsync(UserDraft draft, Actor by, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid().ToString();
        var user = new AppUser { Id = id, UserName = draft.Email?.Trim(), Email = draft.Email?.Trim(), EmailConfirmed = true };
        await InOneTransactionAsync(async (users, leaveDb) =>
        {
            var errors = await CheckAsync(leaveDb, id, draft, cancellationToken);
            if (await users.FindByEmailAsync(user.Email ?? "") is not null)
            {
                errors.Add(PersonRules.EmailField, $"{user.Email} already has an account.");
            }

            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, draft.Password);
                foreach (var error in result.Errors)
                {
                    errors.Add("Password", error.Description);
                }
            }

            errors.ThrowIfAny();
            Succeeded(await users.CreateAsync(user, draft.Password!));
            var employee = new Employee(id, user.Email!, draft.DisplayName!.Trim()) { Team = PersonRules.Team(draft.Team) };
            employee.SetWorkingTerms(draft.Terms ?? DefaultTerms);
            leaveDb.Employees.Add(employee);
            await PersonalAllowances.SetAsync(leaveDb, id, draft.Allowances ?? [], cancellationToken);
            await SaveDirectoryEntryAsync(users, leaveDb, employee, user, draft, cancellationToken);
            AccountAudit.Created(leaveDb, time.GetUtcNow(), by, employee, await PersonalAllowances.DescribeAsync(leaveDb, id, cancellationToken));
            await leaveDb.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return id;
    }

    public async Task UpdateAsync(string id, UserDraft draft, Actor by, CancellationToken cancellationToken = default)
    {
        await InOneTransactionAsync(async (users, leaveDb) =>
        {
            var user = await users.FindByIdAsync(id) ?? throw new LeaveRuleException("That person no longer exists.");

            // Checked inside the transaction: two admins saving "A reports to B" and "B reports to A" cannot both pass.
            var errors = await CheckAsync(leaveDb, id, draft with { Email = user.Email }, cancellationToken);
            if (!draft.Roles.Contains(Roles.Admin) && await IsLastActiveAdminAsync(users, user))
            {
                errors.Add("Roles", "This is the only active admin: make someone else an admin first.");
            }

            if (!draft.Roles.Contains(Roles.Approver))
            {
                errors.Merge(await DirectoryChecks.MayStopApprovingAsync(leaveDb, id, cancellationToken));
            }

            errors.ThrowIfAny();
            var employee = await leaveDb.Employees.Include(e => e.Manager).SingleAsync(e => e.Id == id, cancellationToken);
            var before = AccountAudit.Of(employee, await PersonalAllowances.DescribeAsync(leaveDb, id, cancellationToken));
            employee.DisplayName = draft.DisplayName!.Trim();
            employee.Team = PersonRules.Team(draft.Team);
            if (draft.Terms is not null)
            {
                employee.SetWorkingTerms(draft.Terms);
            }

            if (draft.Allowances is not null)
            {
                await PersonalAllowances.SetAsync(leaveDb, id, draft.Allowances, cancellationToken);
            }

            await SaveDirectoryEntryAsync(users, leaveDb, employee, user, draft, cancellationToken);
            before.Changed(leaveDb, time.GetUtcNow(), by, employee, await PersonalAllowances.DescribeAsync(leaveDb, id, cancellationToken));
            await leaveDb.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>How many requests deactivating the person would hand over, and to whom they may go.</summary>
    public async Task<HandOverPlan> DeactivationPlanAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var leaveDb = await contexts.CreateDbContextAsync(cancellationToken);
        return await handOver.PlanAsync(leaveDb, id, cancellationToken);
    }

    /// <summary>
    /// A deactivated person cannot sign in (their open sessions end too) and cannot be chosen as approver; the requests
    /// still waiting on them go to <paramref name="successorId"/> (<see cref="HandOverPendingRequests"/>) in the same transaction.
    /// </summary>
    public async Task SetActiveAsync(string id, bool active, Actor admin, string? successorId = null, CancellationToken cancellationToken = default)
    {
        await InOneTransactionAsync(async (users, leaveDb) =>
        {
            var user = await users.FindByIdAsync(id) ?? throw new LeaveRuleException("That person no longer exists.");
            if (!active && await IsLastActiveAdminAsync(users, user))
            {
                throw new LeaveRuleException("This is the only active admin: make someone else an admin before deactivating them.");
            }

            var employee = await leaveDb.Employees.SingleAsync(e => e.Id == id, cancellationToken);
            employee.IsActive = active;
            if (!active)
            {
                await handOver.ExecuteAsync(leaveDb, id, successorId, admin, cancellationToken);
            }

            var successor = active || successorId is null ? null : await leaveDb.Employees.FindAsync([successorId], cancellationToken);
            AccountAudit.ActiveChanged(leaveDb, time.GetUtcNow(), admin, employee, successor);
            await leaveDb.SaveChangesAsync(cancellationToken);
            user.LockoutEnabled = true;
            Succeeded(await users.SetLockoutEndDateAsync(user, active ? null : DateTimeOffset.MaxValue));
            Succeeded(await users.UpdateSecurityStampAsync(user));
        }, cancellationToken);
    }

    /// <summary>
    /// For someone who lost both their phone and their recovery codes: they sign in with their password alone until they
    /// set two-factor sign-in up again. Their sessions end (the security stamp is renewed).
    /// </summary>
    public async Task TurnOffTwoFactorAsync(string id, Actor admin, CancellationToken cancellationToken = default)
    {
        await InOneTransactionAsync(async (users, leaveDb) =>
        {
            var user = await users.FindByIdAsync(id) ?? throw new LeaveRuleException("That person no longer exists.");
            var person = await leaveDb.Employees.SingleAsync(e => e.Id == id, cancellationToken);
            if (!user.TwoFactorEnabled)
            {
                throw new LeaveRuleException($"{person.DisplayName} does not use two-factor sign-in: there is nothing to turn off.");
            }

            AccountAudit.TwoFactorTurnedOff(leaveDb, time.GetUtcNow(), admin, person);
            await leaveDb.SaveChangesAsync(cancellationToken);
            await AuthenticatorApp.TurnOffAsync(users, user);
        }, cancellationToken);
    }

    private static async Task<FieldErrors> CheckAsync(LeaveDbContext leaveDb, string id, UserDraft draft, CancellationToken cancellationToken)
    {
        var errors = await DirectoryChecks.ManagerAsync(leaveDb, id, NullIfEmpty(draft.ManagerId), cancellationToken);
        PersonRules.CheckEmailText(draft.Email, errors);
        if (!errors.Has(PersonRules.EmailField) && !IsPlainEmailAddress(draft.Email?.Trim() ?? ""))
        {
            errors.Add(PersonRules.EmailField, "Enter a valid email address, such as name@example.com.");
        }

        PersonRules.CheckDisplayName(draft.DisplayName, errors);
        PersonRules.CheckTeam(draft.Team, errors);
        if (draft.Terms is not null)
        {
            PersonRules.CheckWorkingTerms(draft.Terms, errors);
        }

        errors.Merge(await PersonalAllowances.CheckAsync(leaveDb, draft.Allowances ?? [], cancellationToken));

        var unknown = draft.Roles.Except(Roles.All).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("Roles", $"Unknown role {string.Join(", ", unknown)}: choose from {string.Join(", ", Roles.All)}.");
        }

        return errors;
    }

    /// <summary>
    /// The directory entry is the source of who approves and who administers; the account's roles mirror it. A
    /// manager approves their reports (<see cref="Employee.ReportTo"/>), so a newly named manager gets the Approver role too.
    /// </summary>
    private static async Task SaveDirectoryEntryAsync(UserManager<AppUser> users, LeaveDbContext leaveDb, Employee employee, AppUser user, UserDraft draft, CancellationToken cancellationToken)
    {
        employee.CanApprove = draft.Roles.Contains(Roles.Approver);
        employee.IsAdmin = draft.Roles.Contains(Roles.Admin);
        var manager = NullIfEmpty(draft.ManagerId) is { } managerId ? await leaveDb.Employees.SingleAsync(e => e.Id == managerId, cancellationToken) : null;
        employee.ReportTo(manager);
        await leaveDb.SaveChangesAsync(cancellationToken);
        await MirrorRolesAsync(users, user, employee);
        if (manager is not null && await users.FindByIdAsync(manager.Id) is { } managerAccount)
        {
            await MirrorRolesAsync(users, managerAccount, manager);
        }
    }

    internal static async Task MirrorRolesAsync(UserManager<AppUser> users, AppUser user, Employee employee)
    {
        var target = Roles.Of(employee);
        var current = await users.GetRolesAsync(user);
        Succeeded(await users.RemoveFromRolesAsync(user, current.Except(target)));
        Succeeded(await users.AddToRolesAsync(user, target.Except(current)));
    }

    private async Task<bool> IsLastActiveAdminAsync(UserManager<AppUser> users, AppUser user)
    {
        if (!IsActive(user) || !await users.IsInRoleAsync(user, Roles.Admin))
        {
            return false;
        }

        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return admins.Count(IsActive) <= 1;
    }

    private bool IsActive(AppUser user) => user.LockoutEnd is null || user.LockoutEnd < time.GetUtcNow();

    /// <summary>
    /// One admin change as a unit of work: fresh contexts for the accounts and the directory, sharing one connection and
    /// one transaction, begun and committed by the directory's context (so its write queue and outbox signal see it).
    /// </summary>
    internal async Task InOneTransactionAsync(Func<UserManager<AppUser>, LeaveDbContext, Task> work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var leaveDb = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await leaveDb.Database.BeginTransactionAsync(cancellationToken);
        var identityDb = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        identityDb.Database.SetDbConnection(leaveDb.Database.GetDbConnection());
        await identityDb.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        await work(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), leaveDb);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>One bare address (no display name, no group) that MimeKit, which will send to it, reads back unchanged.</summary>
    internal static bool IsPlainEmailAddress(string email) =>
        email.Length <= 256
        && MailboxAddress.TryParse(email, out var parsed)
        && parsed.Address == email
        && string.IsNullOrEmpty(parsed.Name)
        && parsed.Domain.Length > 0
        && parsed.LocalPart.Length > 0;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    internal static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new LeaveRuleException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
