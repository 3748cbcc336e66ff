using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Core.Reminders;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Decisions;

/// <summary>
/// Dana had her decision email; then she left and Ada (an admin) handed the request to Sam. Dana's links stop working
/// at once and say so; Sam's fresh email carries links of his own.
/// </summary>
public sealed class HandedOverLinkTests : EmailedRequestTest
{
    [Fact]
    public async Task Link_sent_to_the_previous_approver_is_refused_as_handed_over_naming_who_decides_now()
    {
        await EmailedAsync();
        Database.Time.Advance(TimeSpan.FromHours(25));
        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);

        var check = await Database.InspectLinkAsync(Links.ApproveToken);

        Assert.Equal(
            (LinkProblem.HandedOver, "LR-2026-00001 was handed over to Sam Other on 1 Dec 2026 at 10:00, so this link no longer works; Sam Other decides it now."),
            (check.Problem, check.Message));
    }

    [Fact]
    public async Task Deciding_through_the_previous_approvers_link_is_refused_and_changes_nothing()
    {
        await EmailedAsync();
        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);
        var before = await StateAsync();

        var refused = await Assert.ThrowsAsync<DecisionLinkRefusedException>(() => Database.DecideByLinkAsync(Links.RejectToken, DecisionPurpose.Reject, "No"));

        Assert.Equal((LinkProblem.HandedOver, before), (refused.Check.Problem, await StateAsync()));
    }

    [Fact]
    public async Task Successors_fresh_link_decides_as_the_successor()
    {
        await EmailedAsync();
        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);
        var samsLinks = await Database.SendDecisionEmailAsync(Request, to: TestPeople.Sam);

        var decided = await Database.DecideByLinkAsync(samsLinks.ApproveToken);

        Assert.Equal((LeaveStatus.Approved, "Sam Other"), (decided.Status, decided.DecidedByName));
    }

    [Fact]
    public async Task Email_written_for_the_previous_approver_but_not_yet_sent_gets_no_links()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.LeavesHandingOverToAsync(TestPeople.Dana, TestPeople.Sam);
        var danas = (await Database.EmailsAsync(request, EmailKind.DecisionRequest)).Single(m => m.ToAddress == TestPeople.Dana.Email);

        Assert.Null(await Database.PrepareLinksAsync(danas));
    }
}
