using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Support;

/// <summary>Working calendars in a <see cref="LeaveTestDatabase"/>: a person's terms, own allowances and company days, set straight in the database.</summary>
public static class LeaveTestDatabaseCalendars
{
    public static async Task SetTermsAsync(this LeaveTestDatabase database, TestPerson person, WorkingTerms terms)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        var employee = await db.Employees.SingleAsync(e => e.Id == person.Id);
        employee.SetWorkingTerms(terms);
        await db.SaveChangesAsync();
    }

    /// <summary>Puts the person in a team or department (the calendar's filter), set straight in the database.</summary>
    public static async Task SetTeamAsync(this LeaveTestDatabase database, TestPerson person, string? team)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        (await db.Employees.SingleAsync(e => e.Id == person.Id)).Team = team;
        await db.SaveChangesAsync();
    }

    /// <summary>Makes these the person's own allowances (by type name; none gives back the types'), through the same Core operation as the Users dialog.</summary>
    public static async Task SetOwnAllowancesAsync(this LeaveTestDatabase database, TestPerson person, params (string Type, decimal Days)[] allowances)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        var policies = await db.LeavePolicies.AsNoTracking().ToListAsync();
        var drafts = allowances.Select(a => new PersonalAllowanceDraft(policies.Named(a.Type)!.Id, a.Days)).ToList();
        (await PersonalAllowances.CheckAsync(db, drafts)).ThrowIfAny();
        await PersonalAllowances.SetAsync(db, person.Id, drafts);
        await db.SaveChangesAsync();
    }

    public static async Task AddCompanyDayAsync(this LeaveTestDatabase database, DateOnly day, bool halfDay = false, string? country = null)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        db.CompanyDays.Add(new CompanyDay(new CompanyDayDraft(day, "Company day", country, halfDay)));
        await db.SaveChangesAsync();
    }

    public static async Task<List<CompanyDay>> CompanyDaysAsync(this LeaveTestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().CompanyDays.AsNoTracking().OrderBy(d => d.Day).ToListAsync();
    }
}
