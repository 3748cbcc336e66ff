using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Integration;

/// <summary>
/// A database from before leave types were policies (migrated up to AdminAudit on a real SQLite file), holding requests
/// whose type is only a name, some no longer configured, is upgraded as a start upgrades it: migrations, then seeding.
/// Nothing is lost, and every request is linked to its name's policy.
/// </summary>
public sealed class UpgradingToLeavePoliciesTests : IAsyncLifetime
{
    private static readonly Guid ApprovedAnnual = Guid.Parse("0193a0a0-0000-7000-8000-000000000001");
    private static readonly Guid PendingHoliday = Guid.Parse("0193a0a0-0000-7000-8000-000000000002");
    private static readonly Guid LowerCaseAnnual = Guid.Parse("0193a0a0-0000-7000-8000-000000000003");

    private readonly LeaveTestDatabase _database = new();

    public Task InitializeAsync() => DatabaseFromBefore.UpgradeAsync(_database, DatabaseFromBefore.AdminAudit, OldRows());

    [Fact]
    public async Task Each_request_is_linked_to_the_policy_of_its_type_name()
    {
        var types = await _database.LeaveTypesAsync();

        Assert.Equal(
            [("LR-2026-00001", "Annual"), ("LR-2026-00002", "Holiday"), ("LR-2026-00003", "Annual")],
            (await RequestsAsync()).Select(r => (r.Reference, types.Single(p => p.Id == r.LeavePolicyId).Name)));
    }

    [Fact]
    public async Task Requests_keep_their_type_text_as_it_was()
    {
        Assert.Equal(["Annual", "Holiday", "annual"], (await RequestsAsync()).Select(r => r.LeaveType));
    }

    [Fact]
    public async Task Name_no_longer_configured_becomes_a_retired_policy()
    {
        Assert.False((await _database.LeaveTypeAsync("Holiday")).IsActive);
    }

    [Fact]
    public async Task Configured_names_are_active_with_their_defaults()
    {
        var types = await _database.LeaveTypesAsync();

        Assert.Equal([("Annual", true, 25m), ("Sick", true, 0m), ("Unpaid", true, 0m), ("Other", true, 0m), ("Holiday", false, 0m)],
            types.Select(p => (p.Name, p.IsActive, p.YearlyAllowanceDays)));
    }

    [Fact]
    public async Task History_and_decision_links_of_old_requests_are_kept()
    {
        var counts = await _database.InScopeAsync<LeaveDbContext, (int, int)>(async db =>
            (await db.Set<LeaveHistoryEntry>().CountAsync(), await db.DecisionTokens.CountAsync()));

        Assert.Equal((4, 1), counts);
    }

    [Fact]
    public async Task Old_pending_request_can_still_be_approved()
    {
        var pending = (await RequestsAsync()).Single(r => r.Id == PendingHoliday);

        Assert.Equal(LeaveStatus.Approved, (await _database.ApproveAsync(pending)).Status);
    }

    [Fact]
    public async Task New_request_after_the_upgrade_records_its_policy()
    {
        var request = await _database.SubmitAsync(LeaveInput.Annual(new(2027, 1, 12)));

        Assert.Equal((await _database.LeaveTypeAsync("Annual")).Id, (await _database.ReloadAsync(request)).LeavePolicyId);
    }

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    private Task<List<LeaveRequest>> RequestsAsync() =>
        _database.InScopeAsync<LeaveDbContext, List<LeaveRequest>>(db => db.LeaveRequests.AsNoTracking().Include(r => r.Requester).Include(r => r.Approver)
            .OrderBy(r => r.Reference).ToListAsync());

    /// <summary>The directory, three requests with their history, and a decision link, written as the old schema stored them.</summary>
    private static string OldRows() =>
        $"""
            INSERT INTO Employees (Id, Email, DisplayName, ManagerId, IsActive, CanApprove, IsAdmin) VALUES
                ('dana', '{TestPeople.Dana.Email}', 'Dana Manager', NULL, 1, 1, 0),
                ('alex', '{TestPeople.Alex.Email}', 'Alex Employee', 'dana', 1, 0, 0);
            INSERT INTO LeaveRequests (Id, Reference, RequesterId, ApproverId, LeaveType, FirstDay, LastDay, HalfDayStart, HalfDayEnd, WorkingDays,
                    Reason, Status, SubmittedAt, DecidedAt, DecidedByName, DecisionComment, NextReminderDue, RemindersSent, OverdueSince, Version) VALUES
                ('{DatabaseFromBefore.Text(ApprovedAnnual)}', 'LR-2026-00001', 'alex', 'dana', 'Annual', '2026-12-07', '2026-12-11', 0, 0, '5.0',
                    'Family visit', 'Approved', {DatabaseFromBefore.November(2)}, {DatabaseFromBefore.November(3)}, 'Dana Manager', NULL, NULL, 0, NULL, 2),
                ('{DatabaseFromBefore.Text(PendingHoliday)}', 'LR-2026-00002', 'alex', 'dana', 'Holiday', '2026-12-14', '2026-12-14', 0, 0, '1.0',
                    NULL, 'Pending', {DatabaseFromBefore.November(20)}, NULL, NULL, NULL, {DatabaseFromBefore.November(21)}, 0, NULL, 1),
                ('{DatabaseFromBefore.Text(LowerCaseAnnual)}', 'LR-2026-00003', 'alex', 'dana', 'annual', '2026-12-21', '2026-12-21', 0, 0, '1.0',
                    NULL, 'Cancelled', {DatabaseFromBefore.November(22)}, {DatabaseFromBefore.November(23)}, 'Alex Employee', NULL, NULL, 0, NULL, 2);
            INSERT INTO LeaveHistory (LeaveRequestId, Kind, ActorId, ActorName, Channel, At, Comment) VALUES
                ('{DatabaseFromBefore.Text(ApprovedAnnual)}', 'Submitted', 'alex', 'Alex Employee', 'Web', {DatabaseFromBefore.November(2)}, 'Family visit'),
                ('{DatabaseFromBefore.Text(ApprovedAnnual)}', 'Approved', 'dana', 'Dana Manager', 'Web', {DatabaseFromBefore.November(3)}, NULL),
                ('{DatabaseFromBefore.Text(PendingHoliday)}', 'Submitted', 'alex', 'Alex Employee', 'Api', {DatabaseFromBefore.November(20)}, NULL),
                ('{DatabaseFromBefore.Text(LowerCaseAnnual)}', 'Submitted', 'alex', 'Alex Employee', 'Web', {DatabaseFromBefore.November(22)}, NULL);
            INSERT INTO ReferenceCounters (Year, Last) VALUES (2026, 3);
            INSERT INTO DecisionTokens (LeaveRequestId, ApproverId, Purpose, Hash, IssuedAt, ExpiresAt, UsedAt, OutboxMessageId) VALUES
                ('{DatabaseFromBefore.Text(PendingHoliday)}', 'dana', 'Approve', randomblob(32), {DatabaseFromBefore.November(20)}, {DatabaseFromBefore.November(30)}, NULL, NULL);
            """;

}
