using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Support;

/// <summary>The leave types of a test database as an admin (Dana, by default) changes and reads them, each in a fresh scope.</summary>
public static class LeaveTestDatabasePolicies
{
    public static Task<List<LeavePolicy>> LeaveTypesAsync(this LeaveTestDatabase database) =>
        database.InScopeAsync<LeavePolicies, List<LeavePolicy>>(policies => policies.EveryAsync());

    public static async Task<LeavePolicy> LeaveTypeAsync(this LeaveTestDatabase database, string name) =>
        (await database.LeaveTypesAsync()).Named(name) ?? throw new InvalidOperationException($"No leave type {name}.");

    public static Task<LeavePolicy> AddLeaveTypeAsync(this LeaveTestDatabase database, LeavePolicyDraft draft, TestPerson? admin = null) =>
        database.InScopeAsync<ChangeLeavePolicies, LeavePolicy>(changes => changes.AddAsync(draft, (admin ?? TestPeople.Dana).Actor));

    /// <summary>Changes the named type's settings with <paramref name="change"/>, as the admin's dialog saves them.</summary>
    public static async Task<LeavePolicy> ChangeLeaveTypeAsync(this LeaveTestDatabase database, string name, Func<LeavePolicyDraft, LeavePolicyDraft> change, TestPerson? admin = null)
    {
        var type = await database.LeaveTypeAsync(name);
        return await database.InScopeAsync<ChangeLeavePolicies, LeavePolicy>(changes => changes.ChangeAsync(type.Id, change(type.ToDraft()), (admin ?? TestPeople.Dana).Actor));
    }

    public static async Task<LeavePolicy> SetLeaveTypeActiveAsync(this LeaveTestDatabase database, string name, bool active, TestPerson? admin = null)
    {
        var type = await database.LeaveTypeAsync(name);
        return await database.InScopeAsync<ChangeLeavePolicies, LeavePolicy>(changes => changes.SetActiveAsync(type.Id, active, (admin ?? TestPeople.Dana).Actor));
    }

    /// <summary>The admin audit's lines of one kind, oldest first.</summary>
    public static Task<List<AuditEntry>> AuditAsync(this LeaveTestDatabase database, AuditAction action) =>
        database.InScopeAsync<LeaveDbContext, List<AuditEntry>>(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());
}
