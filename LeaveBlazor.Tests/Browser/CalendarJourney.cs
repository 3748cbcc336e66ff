using System.Globalization;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed class CalendarJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Alex_sees_Sams_approved_leave_as_away_without_its_type_on_a_desktop_and_on_a_phone()
    {
        var day = App.WorkingDayInTwoWeeks();
        var sam = await App.EmployeeAsync(LeaveApp.SamEmail);
        var dana = await App.EmployeeAsync(LeaveApp.DanaEmail);
        var request = await App.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            sam.Id, new NewLeaveRequest("Annual", day, day, false, false, "Wedding", dana.Id), LeaveChannel.Web));
        await App.InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.ApproveAsync(request.Id, new Actor(dana.Id, dana.DisplayName), null, LeaveChannel.Web));
        var month = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var away = $"Sam Colleague, away, {day.ToString("d MMMM", CultureInfo.InvariantCulture)}, approved";

        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.SetViewportSizeAsync(1280, 900);
        await alex.GoToInteractiveAsync("/");
        await alex.GetByRole(AriaRole.Link, new() { Name = "Calendar", Exact = true }).ClickAsync();
        await alex.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/calendar");
        await alex.GoToInteractiveAsync($"/calendar?month={month}");
        var grid = alex.Locator("[data-testid=calendar-grid]");
        await Expect(grid.GetByRole(AriaRole.Img, new() { Name = away, Exact = true })).ToBeVisibleAsync();
        await Expect(grid).Not.ToContainTextAsync("Annual");
        await CheckAccessibilityAsync(alex, "desktop grid");

        await alex.Locator("[data-testid=next-month]").ClickAsync();
        await Expect(alex.Locator("[data-testid=calendar-month]")).ToHaveTextAsync(day.AddMonths(1).ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        await Expect(grid.GetByRole(AriaRole.Img, new() { Name = away, Exact = true })).ToHaveCountAsync(0);
        await alex.Locator("[data-testid=previous-month]").ClickAsync();
        await Expect(grid.GetByRole(AriaRole.Img, new() { Name = away, Exact = true })).ToBeVisibleAsync();

        await alex.SetViewportSizeAsync(1280, 900);
        await alex.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "CalendarJourney-desktop.png") });
        await alex.SetViewportSizeAsync(390, 844);
        var list = alex.Locator($"[data-testid=calendar-list] [data-day='{day:yyyy-MM-dd}']");
        await Expect(list).ToContainTextAsync("Sam Colleague, away, approved");
        await Expect(grid).ToBeHiddenAsync();
        await CheckAccessibilityAsync(alex, "phone list");
    }
}
