using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Core.Reminders;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>
/// Dana is deactivated and an admin (Ada) hands her pending requests to Sam (<see cref="HandOverPendingRequests"/>):
/// every pending one moves, with its emails, in one save; anything the rules refuse leaves all of them with Dana.
/// </summary>
public sealed class HandOverPendingRequestsTests : FreshDatabaseTest
{
    [Fact]
    public async Task Every_pending_request_of_the_approver_moves_to_the_successor()
    {
        var requests = await Database.SubmitSeveralAsync(3);

        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        Assert.Equal([TestPeople.Sam.Id, TestPeople.Sam.Id, TestPeople.Sam.Id], await ApproversAsync(requests));
    }

    [Fact]
    public async Task Decided_and_cancelled_requests_stay_with_the_approver_who_had_them()
    {
        var requests = await Database.SubmitSeveralAsync(3);
        await Database.RejectAsync(requests[0]);
        await Database.CancelAsync(requests[1]);

        var moved = await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        Assert.Equal((1, "dana, dana, sam"), (moved, string.Join(", ", await ApproversAsync(requests))));
    }

    [Fact]
    public async Task With_nothing_pending_and_nobody_reporting_no_successor_is_needed()
    {
        Assert.Equal(0, await Database.LeavesHandingOverToAsync(TestPeople.Sam, successor: null));
    }

    [Fact]
    public async Task The_people_who_reported_to_the_approver_report_to_the_successor()
    {
        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        Assert.Equal((TestPeople.Sam.Id, (string?)null), ((await ManagerOfAsync(TestPeople.Alex))!, await ManagerOfAsync(TestPeople.Sam)));
    }

    [Fact]
    public async Task People_reporting_to_the_approver_need_a_successor_even_with_nothing_pending()
    {
        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.LeavesHandingOverToAsync(TestPeople.Dana, successor: null));

        Assert.Equal("Dana Manager has Alex Employee, Sam Other reporting to them: choose someone else to take over.", refused.Message);
    }

    [Fact]
    public async Task Pending_requests_without_a_successor_are_refused_naming_how_many()
    {
        await Database.SubmitSeveralAsync(2);

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.LeavesHandingOverToAsync(TestPeople.Dana, successor: null));

        Assert.Equal("Dana Manager has 2 pending requests to decide and Alex Employee, Sam Other reporting to them: choose someone else to take over.", refused.Message);
    }

    [Fact]
    public async Task A_successor_who_asked_for_one_of_the_requests_is_refused_and_none_moves()
    {
        var alexs = await Database.SubmitSeveralAsync(2);
        var sams = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday), requester: TestPeople.Sam);

        await Assert.ThrowsAsync<LeaveRuleException>(() => Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam));

        Assert.Equal([TestPeople.Dana.Id, TestPeople.Dana.Id, TestPeople.Dana.Id], await ApproversAsync([.. alexs, sams]));
    }

    [Fact]
    public async Task The_successor_is_asked_to_decide_in_a_decision_request_of_their_own()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        Assert.Equal([TestPeople.Dana.Email, TestPeople.Sam.Email], (await Database.EmailsAsync(request, EmailKind.DecisionRequest)).Select(m => m.ToAddress));
    }

    [Fact]
    public async Task The_successors_email_says_it_was_handed_over_by_whom_and_when()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromHours(25));

        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        var email = (await Database.EmailsAsync(request, EmailKind.DecisionRequest))[^1];
        Assert.Equal(
            ("[LR-2026-00001] Handed over to you: Leave request from Alex Employee: 7–11 Dec 2026", true),
            (email.Subject, email.TextBody.Contains("Handed over from Dana Manager (deactivated) to Sam Other by Ada Admin on 1 Dec 2026 at 10:00.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_requester_is_told_who_decides_now()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        Assert.Equal(
            [(TestPeople.Alex.Email, "[LR-2026-00001] Your leave request was handed over to Sam Other")],
            (await Database.EmailsAsync(request, EmailKind.HandOverNotice)).Select(m => (m.ToAddress, m.Subject)));
    }

    private Task<string?> ManagerOfAsync(TestPerson person) =>
        Database.InScopeAsync<EmployeeDirectory, string?>(async directory => (await directory.FindAsync(person.Id))?.ManagerId);

    private async Task<List<string>> ApproversAsync(IEnumerable<LeaveRequest> requests)
    {
        var approvers = new List<string>();
        foreach (var request in requests)
        {
            approvers.Add((await Database.ReloadAsync(request)).ApproverId);
        }

        return approvers;
    }
}
