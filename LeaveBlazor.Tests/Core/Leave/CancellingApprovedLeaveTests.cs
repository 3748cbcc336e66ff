using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>
/// Approved leave is cancelled when the requester asks and the approver confirms: whole when it has not begun, cut
/// short after the day of confirmation when under way; the days go back to the balance in the same save.
/// </summary>
public sealed class CancellingApprovedLeaveTests : FreshDatabaseTest
{
    [Fact]
    public async Task Confirmed_cancellation_of_leave_ahead_cancels_it_and_gives_every_day_back()
    {
        await Database.RunYearEndAsync();
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave);

        await Database.ConfirmCancellationAsync(leave);

        var stored = await Database.ReloadAsync(leave);
        Assert.Equal((LeaveStatus.Cancelled, false), (stored.Status, stored.CancellationWaiting));
        Assert.Equal(25m, (await Database.BalanceAsync(TestPeople.Alex, 2026)).Balance);
        Assert.Equal([(BalanceEntryKind.Taken, -5m), (BalanceEntryKind.GivenBack, 5m)],
            (await Database.LedgerAsync(TestPeople.Alex, 2026)).Where(l => l.LeaveRequestId == leave.Id).Select(l => (l.Kind, l.Days)));
        Assert.StartsWith($"cancelled at the requester's ask, confirmed by Dana Manager on", stored.DescribeOutcome(Database.Services.GetRequiredService<LeaveClock>()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leave_under_way_is_cut_short_after_the_day_of_confirmation()
    {
        await Database.RunYearEndAsync();
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromDays(9)); // Wednesday 9 December, the third day of the leave
        await Database.AskToCancelAsync(leave);

        await Database.ConfirmCancellationAsync(leave);

        var stored = await Database.ReloadAsync(leave);
        Assert.Equal((LeaveStatus.Approved, new DateOnly(2026, 12, 9), 3m), (stored.Status, stored.LastDay, stored.WorkingDays));
        Assert.Equal(22m, (await Database.BalanceAsync(TestPeople.Alex, 2026)).Balance);
        Assert.Equal("Cut short: the leave now ends on 9 Dec 2026.", stored.History[^1].Comment);
    }

    [Fact]
    public async Task Leave_over_new_year_gives_each_year_its_own_days_back()
    {
        await Database.RunYearEndAsync();
        var leave = await Database.ApprovedAsync(LeaveInput.Annual(new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 5)));
        var taken = (await Database.AllLinesAsync()).Where(l => l.Kind == BalanceEntryKind.Taken).Select(l => (l.Year, -l.Days)).ToList();
        await Database.AskToCancelAsync(leave);

        await Database.ConfirmCancellationAsync(leave);

        Assert.Equal(taken, (await Database.AllLinesAsync()).Where(l => l.Kind == BalanceEntryKind.GivenBack).Select(l => (l.Year, l.Days)));
        Assert.Equal(2, taken.Count);
    }

    [Fact]
    public async Task A_declined_ask_leaves_the_leave_approved_and_the_balance_as_it_was()
    {
        await Database.RunYearEndAsync();
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave);

        await Database.DeclineCancellationAsync(leave);

        var stored = await Database.ReloadAsync(leave);
        Assert.Equal((LeaveStatus.Approved, false, 20m), (stored.Status, stored.CancellationWaiting, (await Database.BalanceAsync(TestPeople.Alex, 2026)).Balance));
        Assert.Equal([LeaveEventKind.CancellationAsked, LeaveEventKind.CancellationDeclined], stored.History.Skip(2).Select(h => h.Kind));
    }

    [Fact]
    public async Task Declining_needs_a_reason()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.DeclineCancellationAsync(leave, reason: " "));

        Assert.Equal(["Give a reason for declining, so Alex Employee knows why the leave stands."], refused.Errors["Comment"]);
    }

    [Fact]
    public async Task A_pending_request_is_cancelled_straight_away_not_asked_about()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.AskToCancelAsync(request));

        Assert.Equal($"{request.Reference} is still waiting for a decision: cancel it straight away instead of asking.", refused.Message);
    }

    [Fact]
    public async Task Only_the_requester_asks_and_only_once()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());

        var byOther = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.AskToCancelAsync(leave, requester: TestPeople.Sam));
        await Database.AskToCancelAsync(leave);
        var twice = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.AskToCancelAsync(leave));

        Assert.Equal($"Only the person who asked for {leave.Reference} can ask to cancel it.", byOther.Message);
        Assert.Equal($"You already asked to cancel {leave.Reference} on 30 Nov 2026 at 09:00; Dana Manager has not answered yet.", twice.Message);
    }

    [Fact]
    public async Task Leave_ending_today_has_nothing_ahead_to_cancel()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromDays(11)); // Friday 11 December, its last day

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.AskToCancelAsync(leave));

        Assert.Equal($"{leave.Reference} ends today: there are no days ahead left to cancel.", refused.Message);
    }

    [Fact]
    public async Task Only_the_approver_answers_and_only_an_ask_that_waits()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());

        var notAsked = await Assert.ThrowsAsync<LeaveConflictException>(() => Database.ConfirmCancellationAsync(leave));
        await Database.AskToCancelAsync(leave);
        var byOther = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.ConfirmCancellationAsync(leave, approver: TestPeople.Sam));

        Assert.Equal($"Nobody is waiting for an answer about cancelling {leave.Reference}: the ask was already answered or never made.", notAsked.Message);
        Assert.Equal($"Only Dana Manager, the approver of {leave.Reference}, can answer the ask to cancel it.", byOther.Message);
    }

    [Fact]
    public async Task Two_confirmations_at_once_give_the_days_back_once()
    {
        await Database.RunYearEndAsync();
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await Database.ConfirmCancellationAsync(leave);
                return "confirmed";
            }
            catch (LeaveRuleException)
            {
                return "refused";
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == "confirmed"));
        Assert.Equal(25m, (await Database.BalanceAsync(TestPeople.Alex, 2026)).Balance);
    }

    [Fact]
    public async Task The_ask_emails_the_approver_and_the_answer_emails_both()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave, reason: "Back early");
        await Database.ConfirmCancellationAsync(leave);

        var emails = (await Database.OutboxAsync(leave)).Where(m => m.Kind is EmailKind.CancellationRequest or EmailKind.CancellationOutcome)
            .Select(m => (m.Kind, m.ToName, m.Subject));

        Assert.Equal(
        [
            (EmailKind.CancellationRequest, "Dana Manager", $"[{leave.Reference}] Alex Employee asks to cancel approved leave: {leave.Dates}"),
            (EmailKind.CancellationOutcome, "Alex Employee", $"[{leave.Reference}] Dana Manager confirmed the cancellation of your leave"),
            (EmailKind.CancellationOutcome, "Dana Manager", $"[{leave.Reference}] Copy: you confirmed the cancellation of Alex Employee's leave"),
        ], emails);
    }
}
