using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>
/// Admins add, change and remove company days, each change audited in its transaction. Requests already made keep the
/// working days they were counted with; the days count on every calendar from the next request on.
/// </summary>
public sealed class ManageCompanyDays(IDbContextFactory<LeaveDbContext> contexts, LeaveClock clock)
{
    public async Task<List<CompanyDay>> ListAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(Math.Clamp(year, 1, 9999), 1, 1);
        var to = new DateOnly(Math.Clamp(year, 1, 9999), 12, 31);
        return await db.CompanyDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .OrderBy(d => d.Day).ThenBy(d => d.Country).ToListAsync(cancellationToken);
    }

    public Task<CompanyDay> AddAsync(CompanyDayDraft draft, Actor admin, CancellationToken cancellationToken = default) =>
        contexts.InOneTransactionAsync(async db =>
        {
            CompanyDayRules.Check(draft, await SameDayAsync(db, draft, exceptId: null, cancellationToken)).ThrowIfAny();
            var day = new CompanyDay(draft);
            db.CompanyDays.Add(day);
            AuditEntry.Record(db, clock.UtcNow, admin, AuditAction.CompanyDayAdded, day.Describe());
            return day;
        }, cancellationToken);

    public Task<CompanyDay> ChangeAsync(int id, CompanyDayDraft draft, Actor admin, CancellationToken cancellationToken = default) =>
        contexts.InOneTransactionAsync(async db =>
        {
            var day = await FindAsync(db, id, cancellationToken);
            CompanyDayRules.Check(draft, await SameDayAsync(db, draft, exceptId: id, cancellationToken)).ThrowIfAny();
            var before = day.Describe();
            day.Change(draft);
            if (day.Describe() != before)
            {
                AuditEntry.Record(db, clock.UtcNow, admin, AuditAction.CompanyDayChanged, before, $"now {day.Describe()}");
            }

            return day;
        }, cancellationToken);

    public Task<CompanyDay> RemoveAsync(int id, Actor admin, CancellationToken cancellationToken = default) =>
        contexts.InOneTransactionAsync(async db =>
        {
            var day = await FindAsync(db, id, cancellationToken);
            db.CompanyDays.Remove(day);
            AuditEntry.Record(db, clock.UtcNow, admin, AuditAction.CompanyDayRemoved, day.Describe());
            return day;
        }, cancellationToken);

    private static async Task<CompanyDay> FindAsync(LeaveDbContext db, int id, CancellationToken cancellationToken) =>
        await db.CompanyDays.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new LeaveRuleException("That company day no longer exists: someone may have removed it. Reload the page.");

    private static async Task<List<CompanyDay>> SameDayAsync(LeaveDbContext db, CompanyDayDraft draft, int? exceptId, CancellationToken cancellationToken) =>
        draft.Day is { } day
            ? await db.CompanyDays.AsNoTracking().Where(d => d.Day == day && d.Id != exceptId).ToListAsync(cancellationToken)
            : [];
}
