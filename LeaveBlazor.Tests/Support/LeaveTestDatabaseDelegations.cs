using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;

namespace LeaveBlazor.Tests.Support;

/// <summary>Approvers naming stand-ins in a test database.</summary>
public static class LeaveTestDatabaseDelegations
{
    /// <summary><paramref name="approver"/> names <paramref name="standIn"/> from today for <paramref name="days"/> days (while on leave when null).</summary>
    public static Task<DelegationView> DelegateAsync(this LeaveTestDatabase database, TestPerson approver, TestPerson standIn, int? days = 14) =>
        database.DelegateAsync(approver, days is { } length
            ? new DelegationDraft(standIn.Email, LeaveTestDatabase.StartDay, LeaveTestDatabase.StartDay.AddDays(length - 1), WhileOnLeave: false)
            : new DelegationDraft(standIn.Email, null, null, WhileOnLeave: true));

    public static Task<DelegationView> DelegateAsync(this LeaveTestDatabase database, TestPerson approver, DelegationDraft draft) =>
        database.InScopeAsync<DelegateApprovals, DelegationView>(delegations => delegations.SetAsync(approver.Id, draft));

    public static Task<bool> EndDelegationAsync(this LeaveTestDatabase database, TestPerson approver) =>
        database.InScopeAsync<DelegateApprovals, bool>(delegations => delegations.EndAsync(approver.Id));

    public static Task<List<LeaveRequest>> InboxAsync(this LeaveTestDatabase database, TestPerson approver) =>
        database.InScopeAsync<LeaveRequestQueries, List<LeaveRequest>>(queries => queries.AwaitingDecisionAsync(approver.Id));
}
