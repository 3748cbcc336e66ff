using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Components;

/// <summary>One request's page: its details, its timeline, and the requester's Cancel button.</summary>
public sealed class RequestDetailPageTests : LeavePageTest
{
    [Fact]
    public async Task Timeline_lists_each_step_in_order()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromHours(2));
        await Database.ApproveAsync(request, comment: "Enjoy the break");

        var page = OpenRequestPage(request, TestPeople.Alex);

        Assert.Equal(["Submitted by Alex Employee", "Approved by Dana Manager"], TimelineSteps(page));
    }

    [Fact]
    public async Task Timeline_shows_when_each_step_happened()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromHours(2));
        await Database.ApproveAsync(request);

        var page = OpenRequestPage(request, TestPeople.Alex);

        Assert.Equal(["30 Nov 2026 at 09:00", "30 Nov 2026 at 11:00"],
            page.FindAll(".mud-timeline-item .mud-typography-caption").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Timeline_shows_the_approvers_comment()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request, comment: "Enjoy the break");

        var page = OpenRequestPage(request, TestPeople.Alex);

        Assert.Contains("“Enjoy the break”", page.Find(".mud-timeline").TextContent);
    }

    [Theory]
    [InlineData(true, "Comment")]
    [InlineData(false, "Why rejected")]
    public async Task Decision_note_is_labelled_as_the_email_labels_it(bool approve, string label)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        _ = approve
            ? await Database.ApproveAsync(request, comment: "Enjoy the break")
            : await Database.RejectAsync(request, "Two of us are already off that week");

        var page = OpenRequestPage(request, TestPeople.Alex);

        Assert.Equal(label, page.Find("td[data-testid=decision-comment]").ParentElement!.QuerySelector("th")!.TextContent.Trim());
    }

    [Fact]
    public async Task Requester_can_cancel_a_pending_request()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var page = OpenRequestPage(request, TestPeople.Alex);

        Assert.False(page.Find("button[data-testid=cancel-request]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Approver_sees_no_cancel_button()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var page = OpenRequestPage(request, TestPeople.Dana, Roles.Approver);

        Assert.Empty(page.FindAll("[data-testid=cancel-request]"));
    }

    [Fact]
    public async Task Admin_sees_no_cancel_button_on_someone_elses_request()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var page = OpenRequestPage(request, TestPeople.Sam, Roles.Admin);

        Assert.Empty(page.FindAll("[data-testid=cancel-request]"));
    }

    [Fact]
    public async Task Requester_sees_no_cancel_button_once_the_request_is_decided()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request);

        var page = OpenRequestPage(request, TestPeople.Alex);

        Assert.Empty(page.FindAll("[data-testid=cancel-request]"));
    }

    [Fact]
    public async Task Cancel_asks_first_saying_what_happens_to_the_approvers_email()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenRequestPage(request, TestPeople.Alex);

        page.Find("button[data-testid=cancel-request]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "Dana Manager will be emailed that you cancelled it; the Approve and Reject links in the emails they already have "
            + "will stop working, and they will not be reminded again. A cancelled request cannot be reopened: if you want the "
            + "days after all, send a new request.",
            page.Find("[data-testid=cancel-consequences]").TextContent.Trim()));
        Assert.Equal(LeaveStatus.Pending, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task Keeping_the_request_leaves_it_pending()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenRequestPage(request, TestPeople.Alex);
        page.Find("button[data-testid=cancel-request]").Click();

        page.WaitForElement("button[data-testid=cancel-back]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=cancel-consequences]")));
        Assert.Equal((LeaveStatus.Pending, false),
            ((await Database.ReloadAsync(request)).Status, page.Find("button[data-testid=cancel-request]").HasAttribute("disabled")));
    }

    [Fact]
    public async Task Confirming_stores_the_request_as_cancelled()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenRequestPage(request, TestPeople.Alex);

        CancelConfirmed(page);

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=cancel-request]")));
        Assert.Equal(LeaveStatus.Cancelled, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task Cancelling_adds_the_step_to_the_timeline()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenRequestPage(request, TestPeople.Alex);

        CancelConfirmed(page);

        page.WaitForAssertion(() => Assert.Equal(["Submitted by Alex Employee", "Cancelled by Alex Employee"], TimelineSteps(page)));
    }

    private static void CancelConfirmed(IRenderedComponent<ContainerFragment> page)
    {
        page.Find("button[data-testid=cancel-request]").Click();
        page.WaitForElement("button[data-testid=cancel-confirm]").Click();
    }
}
