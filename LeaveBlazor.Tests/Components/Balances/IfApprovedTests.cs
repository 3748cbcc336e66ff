using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Components.Balances;

/// <summary>Where Dana decides (her inbox, the request's page), she sees what approving leaves the requester.</summary>
public sealed class IfApprovedTests : LeavePageTest
{
    [Fact]
    public async Task Each_inbox_row_says_what_approving_leaves_the_requester()
    {
        await Database.RunYearEndAsync();
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 9)));
        Database.Time.Advance(TimeSpan.FromHours(1));
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 15)));

        var page = OpenInbox();

        Assert.Equal(
            [
                "If approved: Annual 2026: 23 days left (after 2 days planned) · this request uses 3 days · 20 days after",
                "If approved: Annual 2026: 22 days left (after 3 days planned) · this request uses 2 days · 20 days after",
            ],
            page.FindAll("[data-testid=inbox-waiting] tbody tr [data-testid=if-approved]").Select(p => Normalised(p.TextContent)));
    }

    [Fact]
    public async Task A_type_that_counts_against_nothing_says_so_in_the_inbox()
    {
        await Database.SubmitAsync(new NewLeaveRequest("Unpaid", LeaveInput.NextMonday, LeaveInput.NextMonday, false, false, null, null));

        var page = OpenInbox();

        Assert.Equal("If approved: not counted against an allowance", Normalised(page.Find("[data-testid=if-approved]").TextContent));
    }

    [Fact]
    public async Task The_approver_sees_it_on_the_pending_requests_page()
    {
        await Database.RunYearEndAsync();
        var request = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 9)));

        var page = OpenRequestPage(request, TestPeople.Dana, Roles.Employee, Roles.Approver);

        page.WaitForAssertion(() => Assert.Equal("If approved: Annual 2026: 25 days left · this request uses 3 days · 22 days after",
            Normalised(page.Find("[data-testid=if-approved]").TextContent)));
    }

    [Fact]
    public async Task The_requester_does_not_see_it_on_their_own_request()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var page = OpenRequestPage(request, TestPeople.Alex, Roles.Employee);

        Assert.DoesNotContain("Balance", page.FindAll("tbody th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public async Task A_decided_request_does_not_show_it()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request);

        var page = OpenRequestPage(request, TestPeople.Dana, Roles.Employee, Roles.Approver);

        Assert.DoesNotContain("Balance", page.FindAll("tbody th").Select(th => th.TextContent.Trim()));
    }

    private IRenderedComponent<ContainerFragment> OpenInbox()
    {
        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver);
        var page = RenderPage<Inbox>();
        page.WaitForElement("[data-testid=inbox-waiting] [data-testid=if-approved]");
        return page;
    }
}
