using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Components;

/// <summary>On an approved request's page: the requester asks to cancel it, the approver confirms or declines.</summary>
public sealed class ApprovedLeaveCancellationTests : LeavePageTest
{
    [Fact]
    public async Task The_requester_asks_with_a_reason_and_sees_that_the_ask_waits()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        var page = OpenRequestPage(leave, TestPeople.Alex);

        page.Find("button[data-testid=ask-to-cancel]").Click();
        page.WaitForElement("textarea[data-testid=comment-dialog-comment]").Input("Trip called off");
        page.Find("button[data-testid=comment-dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "You asked on 30 Nov 2026 at 09:00 to cancel this leave; Dana Manager has not answered yet. Until then it stands.",
            Normalised(page.Find("[data-testid=cancellation-waiting]").TextContent)));
        Assert.Equal("Trip called off", (await Database.ReloadAsync(leave)).CancellationReason);
    }

    [Fact]
    public async Task The_ask_dialog_says_what_confirming_would_do()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        var page = OpenRequestPage(leave, TestPeople.Alex);

        page.Find("button[data-testid=ask-to-cancel]").Click();

        Assert.Equal("Dana Manager will be asked to confirm. The whole leave (7–11 Dec 2026) would be cancelled and its days go back to the balance. Until then the leave stands.",
            Normalised(page.WaitForElement("[data-testid=comment-dialog-explanation]").TextContent));
    }

    [Fact]
    public async Task Leave_under_way_offers_to_cancel_the_rest()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromDays(8));

        var page = OpenRequestPage(leave, TestPeople.Alex);

        Assert.Equal("Ask to cancel the rest of this leave", page.Find("button[data-testid=ask-to-cancel]").TextContent.Trim());
    }

    [Fact]
    public async Task The_approvers_stand_in_can_answer_the_ask()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave, reason: "Trip called off");
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);

        var page = OpenRequestPage(leave, TestPeople.Sam, Roles.Approver);

        Assert.Equal(2, page.FindAll("button[data-testid=confirm-cancellation], button[data-testid=decline-cancellation]").Count);
    }

    [Fact]
    public async Task The_approver_sees_the_ask_and_confirms_it()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave, reason: "Trip called off");
        var page = OpenRequestPage(leave, TestPeople.Dana, Roles.Approver);

        Assert.StartsWith("Alex Employee asked on 30 Nov 2026 at 09:00 to cancel this leave: \"Trip called off\"",
            Normalised(page.Find("[data-testid=cancellation-waiting]").TextContent), StringComparison.Ordinal);
        page.Find("button[data-testid=confirm-cancellation]").Click();
        page.WaitForElement("button[data-testid=comment-dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("Cancellation confirmed by Dana Manager", TimelineSteps(page)));
        Assert.Equal(LeaveStatus.Cancelled, (await Database.ReloadAsync(leave)).Status);
    }

    [Fact]
    public async Task Declining_without_a_reason_keeps_the_dialog_open_with_the_rule()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave);
        var page = OpenRequestPage(leave, TestPeople.Dana, Roles.Approver);

        page.Find("button[data-testid=decline-cancellation]").Click();
        page.WaitForElement("button[data-testid=comment-dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("Give a reason for declining, so Alex Employee knows why the leave stands.", page.Markup, StringComparison.Ordinal));
        Assert.True((await Database.ReloadAsync(leave)).CancellationWaiting);
    }

    [Fact]
    public async Task An_admin_who_is_not_the_approver_cannot_answer()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave);

        var page = OpenRequestPage(leave, TestPeople.Sam, Roles.Admin);

        Assert.Empty(page.FindAll("button[data-testid=confirm-cancellation]"));
    }
}
