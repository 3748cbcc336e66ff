using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Integration;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed class ConflictBeforeApprovingJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Dana_sees_that_Sam_is_away_that_day_before_she_approves_Alexs_request()
    {
        var day = App.WorkingDayInTwoWeeks();
        var sam = await App.EmployeeAsync(LeaveApp.SamEmail);
        var dana = await App.EmployeeAsync(LeaveApp.DanaEmail);
        var samsLeave = await App.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            sam.Id, new NewLeaveRequest("Annual", day, day, false, false, "Wedding", dana.Id), LeaveChannel.Web));
        await App.InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.ApproveAsync(samsLeave.Id, new Actor(dana.Id, dana.DisplayName), null, LeaveChannel.Web));
        var request = await App.AlexSubmitsAsync(day: day);

        var page = await SignedInAsync(LeaveApp.DanaEmail);
        await page.GoToInteractiveAsync("/inbox");
        var conflict = page.Locator("[data-testid=inbox-waiting] tr", new() { HasText = request.Reference }).Locator("[data-testid=team-away]");
        await Expect(conflict).ToHaveTextAsync($"Also away: Sam Colleague is away {LeaveFormat.Day(day)}, approved. On {LeaveFormat.Day(day)} 0 of the team of 2 would be at work.");
        await page.Locator($"[data-testid=approve-{request.Reference}]").ClickAsync();
        await page.Locator("[data-testid=decision-confirm]").ClickAsync();

        await Expect(page.GetByText($"{request.Reference} is approved.")).ToBeVisibleAsync();
    }
}
