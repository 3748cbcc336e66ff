using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Core.Reminders;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>
/// The request hands itself over to another approver (<see cref="LeaveRequest.HandOverTo"/>), as it decides approvals:
/// checked, versioned, recorded. Alex's request waits on Dana; Sam approves too; Ada is the admin acting.
/// </summary>
public sealed class HandingOverTests : FreshDatabaseTest
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static readonly Actor Ada = new("ada", "Ada Admin");

    private LeaveClock Clock => Database.Services.GetRequiredService<LeaveClock>();

    [Fact]
    public async Task Hand_over_makes_the_successor_the_approver()
    {
        var request = await PendingAsync();

        request.HandOverTo(TestPeople.Sam.ToEmployee(), Ada, Clock, Day);

        Assert.Equal((TestPeople.Sam.Id, "Sam Other"), (request.ApproverId, request.Approver.DisplayName));
    }

    [Fact]
    public async Task Hand_over_bumps_the_version()
    {
        var request = await PendingAsync();
        var version = request.Version;

        request.HandOverTo(TestPeople.Sam.ToEmployee(), Ada, Clock, Day);

        Assert.Equal(version + 1, request.Version);
    }

    [Fact]
    public async Task Hand_over_is_recorded_by_the_admin_naming_the_deactivated_approver_and_the_successor()
    {
        var submitted = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ChangePersonAsync(TestPeople.Dana, e => e.IsActive = false);
        var request = await Database.ReloadAsync(submitted);

        request.HandOverTo(TestPeople.Sam.ToEmployee(), Ada, Clock, Day);

        var entry = request.History[^1];
        Assert.Equal((LeaveEventKind.HandedOver, "Ada Admin", LeaveChannel.Web, Database.Time.GetUtcNow(), "Handed over from Dana Manager (deactivated) to Sam Other"),
            (entry.Kind, entry.ActorName, entry.Channel, entry.At, entry.Comment));
    }

    [Fact]
    public async Task Hand_over_of_an_escalated_request_restarts_the_reminders_for_the_successor()
    {
        var submitted = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersEachIntervalAsync(4);
        var escalated = await Database.ReloadAsync(submitted);

        escalated.HandOverTo(TestPeople.Sam.ToEmployee(), Ada, Clock, Day);

        Assert.Equal((0, (DateTimeOffset?)null, (DateTimeOffset?)(Database.Time.GetUtcNow() + Day)),
            (escalated.RemindersSent, escalated.OverdueSince, escalated.NextReminderDue));
    }

    [Fact]
    public async Task A_decided_request_cannot_be_handed_over()
    {
        var submitted = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(submitted);
        var decided = await Database.ReloadAsync(submitted);

        var refused = Assert.Throws<LeaveConflictException>(() => decided.HandOverTo(TestPeople.Sam.ToEmployee(), Ada, Clock, Day));

        Assert.Equal("LR-2026-00001 was already approved by Dana Manager on 30 Nov 2026 at 09:00; there is nothing left to hand over.", refused.Message);
    }

    [Fact]
    public async Task Successor_who_does_not_approve_is_refused_and_the_approver_stays()
    {
        var request = await PendingAsync();

        var refused = Assert.Throws<LeaveRuleException>(() => request.HandOverTo(TestPeople.Alex.ToEmployee(), Ada, Clock, Day));

        Assert.Equal(
            ("Alex Employee cannot take over LR-2026-00001: only an active approver other than Alex Employee can decide it. Choose someone else.", TestPeople.Dana.Id),
            (refused.Message, request.ApproverId));
    }

    [Fact]
    public async Task Deactivated_successor_is_refused()
    {
        var request = await PendingAsync();
        var formerApprover = TestPeople.Sam.ToEmployee();
        formerApprover.IsActive = false;

        var refused = Assert.Throws<LeaveRuleException>(() => request.HandOverTo(formerApprover, Ada, Clock, Day));

        Assert.StartsWith("Sam Other cannot take over LR-2026-00001", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handing_over_to_the_approver_it_already_has_is_refused()
    {
        var request = await PendingAsync();

        var refused = Assert.Throws<LeaveRuleException>(() => request.HandOverTo(TestPeople.Dana.ToEmployee(), Ada, Clock, Day));

        Assert.Equal("Dana Manager already decides LR-2026-00001: choose someone else to take it over.", refused.Message);
    }

    /// <summary>Alex's week, waiting on Dana, as stored (with its requester, approver and history).</summary>
    private async Task<LeaveRequest> PendingAsync() => await Database.ReloadAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));
}
