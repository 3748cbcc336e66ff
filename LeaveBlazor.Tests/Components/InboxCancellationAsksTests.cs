using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Components;

/// <summary>The inbox's "Asked to cancel" tab: approved leave whose requester asks to cancel it, answered on the row.</summary>
public sealed class InboxCancellationAsksTests : LeavePageTest
{
    [Fact]
    public async Task The_tab_counts_and_lists_the_asks_with_the_reason_and_what_confirming_does()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave, reason: "Trip called off");

        var page = OpenAsksTab();

        var row = page.Find("[data-testid=cancellation-asks] tbody tr");
        Assert.Equal(["Trip called off", "The whole leave (7–11 Dec 2026) would be cancelled and its days go back to the balance."],
            new[] { "Why cancel", "If confirmed" }.Select(label => Cell(row, label)));
    }

    [Fact]
    public async Task Confirming_on_the_row_cancels_the_leave_and_empties_the_tab()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave);
        var page = OpenAsksTab();

        page.Find($"button[data-testid=confirm-cancellation-{leave.Reference}]").Click();
        page.WaitForElement("button[data-testid=comment-dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Asked to cancel (0)", AsksTab(page).TextContent.Trim()));
        Assert.Equal(LeaveStatus.Cancelled, (await Database.ReloadAsync(leave)).Status);
    }

    [Fact]
    public async Task Declining_on_the_row_with_a_reason_keeps_the_leave()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave);
        var page = OpenAsksTab();

        page.Find($"button[data-testid=decline-cancellation-{leave.Reference}]").Click();
        page.WaitForElement("textarea[data-testid=comment-dialog-comment]").Input("Launch week");
        page.Find("button[data-testid=comment-dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Nobody is asking to cancel approved leave.", page.Find("[data-testid=cancellation-asks-empty]").TextContent));
        var stored = await Database.ReloadAsync(leave);
        Assert.Equal((LeaveStatus.Approved, "Launch week"), (stored.Status, stored.History[^1].Comment));
    }

    [Fact]
    public async Task Declining_without_a_reason_says_why_once_tied_to_the_box_and_keeps_the_leave()
    {
        var leave = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(leave);
        var page = OpenAsksTab();

        page.Find($"button[data-testid=decline-cancellation-{leave.Reference}]").Click();
        page.WaitForElement("button[data-testid=comment-dialog-confirm]").Click();

        var message = page.WaitForElement("[data-testid=comment-dialog-error]");
        var box = page.Find("textarea[data-testid=comment-dialog-comment]");
        Assert.Equal(
            ("Give a reason for declining, so Alex Employee knows why the leave stands.", "alert", message.Id, "true", 0),
            (message.TextContent, message.GetAttribute("role"), box.GetAttribute("aria-describedby"), box.GetAttribute("aria-required"),
                page.FindAll(".mud-dialog .mud-input-helper-text.mud-input-error .me-auto").Count(e => e.TextContent.Trim().Length > 0)));
        Assert.Equal(LeaveStatus.Approved, (await Database.ReloadAsync(leave)).Status);
    }

    private IRenderedComponent<ContainerFragment> OpenAsksTab()
    {
        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver);
        var page = RenderPage<Inbox>();
        page.WaitForElement("[data-testid=inbox-waiting], [data-testid=inbox-empty]");
        AsksTab(page).Click();
        page.WaitForElement("[data-testid=cancellation-asks], [data-testid=cancellation-asks-empty]");
        return page;
    }

    private static IElement AsksTab(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim().StartsWith("Asked to cancel", StringComparison.Ordinal));

    private static string Cell(IElement row, string label) =>
        row.QuerySelector($"td[data-label='{label}']")?.TextContent.Trim() ?? throw new InvalidOperationException($"No {label} cell.");
}
