using Bunit;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Components;

/// <summary>Where Dana decides (her inbox, the request's page), she sees who else in the requester's team is away then.</summary>
public sealed class TeamAwayOnPagesTests : LeavePageTest
{
    private static readonly DateOnly Tuesday = LeaveInput.NextMonday.AddDays(1);

    [Fact]
    public async Task Each_inbox_row_says_who_else_in_the_team_is_away()
    {
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam));
        await Database.SubmitAsync(LeaveInput.NextWeek());

        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver);
        var page = RenderPage<Inbox>();
        page.WaitForElement("[data-testid=inbox-waiting]");

        Assert.Equal("Also away: Sam Other is away 8 Dec 2026, approved. On 8 Dec 2026 0 of the team of 2 would be at work.",
            Normalised(page.Find("[data-testid=inbox-waiting] tbody tr:last-child [data-testid=team-away]").TextContent));
    }

    [Fact]
    public async Task The_approver_sees_it_on_the_pending_requests_page()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var page = OpenRequestPage(request, TestPeople.Dana, Roles.Employee, Roles.Approver);

        page.WaitForAssertion(() => Assert.Equal("Also away: Nobody else in the team is away then.",
            Normalised(page.Find("[data-testid=team-away]").TextContent)));
    }

    [Fact]
    public async Task The_requester_does_not_see_their_colleagues_absences()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var page = OpenRequestPage(request, TestPeople.Alex, Roles.Employee);

        Assert.Empty(page.FindAll("[data-testid=team-away]"));
    }
}
