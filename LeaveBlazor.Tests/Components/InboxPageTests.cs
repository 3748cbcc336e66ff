using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Components;

namespace LeaveBlazor.Tests.Components;

/// <summary>Dana's inbox: the requests waiting for her decision, and the dialog that approves or rejects them.</summary>
public sealed class InboxPageTests : LeavePageTest
{
    [Fact]
    public async Task Waiting_list_shows_only_pending_requests_for_the_signed_in_approver_oldest_first()
    {
        var older = await Database.SubmitAsync(LeaveInput.NextWeek(), TestPeople.Sam);
        Database.Time.Advance(TimeSpan.FromHours(1));
        var newer = await Database.SubmitAsync(LeaveInput.NextWeek(), TestPeople.Alex);
        Database.Time.Advance(TimeSpan.FromHours(1));
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14), approverId: TestPeople.Sam.Id), TestPeople.Alex);
        var decided = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 15)), TestPeople.Alex);
        await Database.ApproveAsync(decided);

        var page = OpenInbox();

        Assert.Equal([older.Reference, newer.Reference], WaitingReferences(page));
    }

    [Fact]
    public async Task A_stand_in_sees_the_approvers_requests_marked_as_theirs()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.DelegateAsync(TestPeople.Dana, TestPeople.Sam);
        SignIn(TestPeople.Sam, Roles.Approver);

        var page = RenderPage<Inbox>();

        page.WaitForAssertion(() => Assert.Equal((request.Reference, "For Dana Manager (you stand in)"),
            (WaitingReferences(page).Single(), page.Find("[data-testid=on-behalf]").TextContent)));
    }

    [Fact]
    public void Empty_inbox_says_nothing_is_waiting()
    {
        var page = OpenInbox();

        Assert.Equal("Nothing is waiting for your decision.", page.Find("[data-testid=inbox-empty]").TextContent);
    }

    [Fact]
    public async Task Approving_in_the_dialog_stores_the_approval()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenInbox();

        Decide(page, request, "approve");

        WaitForDialogToClose(page);
        Assert.Equal(LeaveStatus.Approved, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task Approved_request_leaves_the_waiting_list()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenInbox();

        Decide(page, request, "approve");

        page.WaitForElement("[data-testid=inbox-empty]");
    }

    [Fact]
    public async Task After_approving_the_keyboard_focus_is_on_the_approve_button_of_the_row_now_in_its_place()
    {
        var first = await Database.SubmitAsync(LeaveInput.NextWeek(), TestPeople.Sam);
        Database.Time.Advance(TimeSpan.FromHours(1));
        var second = await Database.SubmitAsync(LeaveInput.NextWeek(), TestPeople.Alex);
        var page = OpenInbox();

        Decide(page, first, "approve");

        page.WaitForAssertion(() => Assert.Equal([second.Reference], WaitingReferences(page)));
        page.WaitForAssertion(() => Assert.Equal($"approve-{second.Reference}", LastFocused(page)));
    }

    [Fact]
    public async Task Rejecting_without_a_reason_shows_why_in_the_dialog()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenInbox();

        Decide(page, request, "reject");

        page.WaitForAssertion(() => Assert.Contains("Give a reason for rejecting, so Alex Employee knows why.",
            page.Find(".mud-dialog").TextContent));
    }

    [Fact]
    public async Task Rejecting_without_a_reason_decides_nothing()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenInbox();

        Decide(page, request, "reject");
        page.WaitForAssertion(() => Assert.Contains("Give a reason for rejecting", page.Find(".mud-dialog").TextContent));

        Assert.Equal(LeaveStatus.Pending, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task Rejecting_with_a_reason_stores_the_rejection_and_the_reason()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenInbox();

        Decide(page, request, "reject", comment: "The release is that week.");

        WaitForDialogToClose(page);
        var stored = await Database.ReloadAsync(request);
        Assert.Equal((LeaveStatus.Rejected, "The release is that week."), (stored.Status, stored.DecisionComment));
    }

    private IRenderedComponent<ContainerFragment> OpenInbox()
    {
        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver);
        var page = RenderPage<Inbox>();
        page.WaitForElement("[data-testid=inbox-waiting], [data-testid=inbox-empty]");
        return page;
    }

    private static List<string> WaitingReferences(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=inbox-waiting] tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>Clicks Approve or Reject on the request's row, optionally types a comment, and confirms in the dialog.</summary>
    private static void Decide(IRenderedComponent<ContainerFragment> page, LeaveRequest request, string action, string? comment = null)
    {
        // The click waits on the dialog's result, so it is not awaited: the dialog opens while it runs.
        page.Find($"button[data-testid={action}-{request.Reference}]").Click();
        var box = page.WaitForElement("textarea[data-testid=decision-comment]");
        if (comment is not null)
        {
            box.Input(comment);
        }

        page.Find("button[data-testid=decision-confirm]").Click();
    }

    /// <summary>The test id of the element the page last gave the keyboard focus to.</summary>
    private string? LastFocused(IRenderedComponent<ContainerFragment> page)
    {
        var focused = (ElementReference)JSInterop.Invocations.Last(i => i.Identifier.EndsWith("focus", StringComparison.Ordinal)).Arguments[0]!;
        return page.Find($"[blazor\\:elementReference='{focused.Id}']").GetAttribute("data-testid");
    }

    /// <summary>The dialog closes only once the decision is saved; a refused one keeps it open.</summary>
    private static void WaitForDialogToClose(IRenderedComponent<ContainerFragment> page) =>
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")));
}
