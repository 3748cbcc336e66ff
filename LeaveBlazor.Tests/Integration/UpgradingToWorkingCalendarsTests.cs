using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Integration;

/// <summary>
/// A database from before working calendars (migrated up to AdminAudit, before leave policies too, on a real SQLite file), holding people and
/// requests, upgraded as a start upgrades it: migrations, then the start-up step. Nothing is lost; everyone works Monday
/// to Friday in Leave:DefaultCountry, and the old Leave:PublicHolidays list becomes company days (the leave types are
/// seeded too, as at any start).
/// </summary>
public sealed class UpgradingToWorkingCalendarsTests : IAsyncLifetime
{
    private static readonly Guid Approved = Guid.Parse("0193a0a0-0000-7000-8000-0000000000a1");
    private static readonly Guid Pending = Guid.Parse("0193a0a0-0000-7000-8000-0000000000a2");

    private readonly OldListDatabase _database = new();

    public Task InitializeAsync() => DatabaseFromBefore.UpgradeAsync(_database, DatabaseFromBefore.AdminAudit, OldRows());

    [Fact]
    public async Task Everyone_gets_the_default_country_and_works_monday_to_friday()
    {
        var people = await _database.InScopeAsync<LeaveDbContext, List<Employee>>(db => db.Employees.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

        Assert.Equal([new WorkingTerms("GB", null, WorkingPattern.MondayToFriday), new WorkingTerms("GB", null, WorkingPattern.MondayToFriday)],
            people.Select(p => p.WorkingTerms));
    }

    [Fact]
    public async Task The_directory_is_kept()
    {
        var people = await _database.InScopeAsync<LeaveDbContext, List<Employee>>(db => db.Employees.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

        Assert.Equal([("alex", "Alex Employee", "dana", false), ("dana", "Dana Manager", null, true)], people.Select(p => (p.Id, p.DisplayName, p.ManagerId, p.CanApprove)));
    }

    [Fact]
    public async Task Requests_keep_their_dates_days_status_and_history()
    {
        var requests = await _database.InScopeAsync<LeaveDbContext, List<LeaveRequest>>(db =>
            db.LeaveRequests.AsNoTracking().Include(r => r.History).OrderBy(r => r.Reference).ToListAsync());

        Assert.Equal(
            [("LR-2026-00001", new LeaveDates(new(2026, 12, 7), new(2026, 12, 11)), 5m, LeaveStatus.Approved, 2),
                ("LR-2026-00002", new LeaveDates(new(2026, 12, 14), new(2026, 12, 14), HalfDayEnd: true), 0.5m, LeaveStatus.Pending, 1)],
            requests.Select(r => (r.Reference, r.Dates, r.WorkingDays, r.Status, r.History.Count)));
    }

    [Fact]
    public async Task An_old_pending_request_can_still_be_approved()
    {
        var pending = await _database.InScopeAsync<LeaveDbContext, LeaveRequest>(db => db.LeaveRequests.AsNoTracking().SingleAsync(r => r.Id == Pending));

        Assert.Equal(LeaveStatus.Approved, (await _database.ApproveAsync(pending)).Status);
    }

    [Fact]
    public async Task The_old_list_becomes_company_days_but_for_the_default_countrys_holidays()
    {
        Assert.Equal([new DateOnly(2026, 12, 24)], (await _database.CompanyDaysAsync()).Select(d => d.Day));
    }

    [Fact]
    public async Task A_new_request_is_counted_without_the_company_day_and_the_bank_holidays()
    {
        // 21 to 31 Dec 2026: nine weekdays, less the 24th (company day), the 25th and the 28th (bank holidays).
        var request = await _database.SubmitAsync(LeaveInput.Annual(new(2026, 12, 21), new(2026, 12, 31)));

        Assert.Equal(6m, (await _database.ReloadAsync(request)).WorkingDays);
    }

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    /// <summary>Two people, an approved request with its history and a pending half day, as the old schema stored them.</summary>
    private static string OldRows() =>
        $"""
            INSERT INTO Employees (Id, Email, DisplayName, ManagerId, IsActive, CanApprove, IsAdmin) VALUES
                ('dana', '{TestPeople.Dana.Email}', 'Dana Manager', NULL, 1, 1, 0),
                ('alex', '{TestPeople.Alex.Email}', 'Alex Employee', 'dana', 1, 0, 0);
            INSERT INTO LeaveRequests (Id, Reference, RequesterId, ApproverId, LeaveType, FirstDay, LastDay, HalfDayStart, HalfDayEnd, WorkingDays,
                    Reason, Status, SubmittedAt, DecidedAt, DecidedByName, DecisionComment, NextReminderDue, RemindersSent, OverdueSince, Version) VALUES
                ('{DatabaseFromBefore.Text(Approved)}', 'LR-2026-00001', 'alex', 'dana', 'Annual', '2026-12-07', '2026-12-11', 0, 0, '5.0',
                    NULL, 'Approved', {DatabaseFromBefore.November(2)}, {DatabaseFromBefore.November(3)}, 'Dana Manager', NULL, NULL, 0, NULL, 2),
                ('{DatabaseFromBefore.Text(Pending)}', 'LR-2026-00002', 'alex', 'dana', 'Annual', '2026-12-14', '2026-12-14', 0, 1, '0.5',
                    NULL, 'Pending', {DatabaseFromBefore.November(20)}, NULL, NULL, NULL, {DatabaseFromBefore.November(21)}, 0, NULL, 1);
            INSERT INTO LeaveHistory (LeaveRequestId, Kind, ActorId, ActorName, Channel, At, Comment) VALUES
                ('{DatabaseFromBefore.Text(Approved)}', 'Submitted', 'alex', 'Alex Employee', 'Web', {DatabaseFromBefore.November(2)}, NULL),
                ('{DatabaseFromBefore.Text(Approved)}', 'Approved', 'dana', 'Dana Manager', 'Web', {DatabaseFromBefore.November(3)}, NULL),
                ('{DatabaseFromBefore.Text(Pending)}', 'Submitted', 'alex', 'Alex Employee', 'Web', {DatabaseFromBefore.November(20)}, NULL);
            INSERT INTO ReferenceCounters (Year, Last) VALUES (2026, 2);
            """;


    /// <summary>
    /// The test database unmigrated, its policy with the old fixed list: Christmas Eve (no bank holiday in England),
    /// Christmas Day and the 28th (bank holidays in England), as upgraded installations have it.
    /// </summary>
    private sealed class OldListDatabase() : LeaveTestDatabase(policy =>
        policy.PublicHolidays.AddRange([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)]));
}
