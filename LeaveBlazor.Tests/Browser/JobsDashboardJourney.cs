using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed class JobsDashboardJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Admin_opens_the_jobs_dashboard_from_the_menu_and_an_employee_is_refused_it()
    {
        var admin = await SignedInAsync(LeaveApp.AdminEmail);
        await admin.GoToInteractiveAsync("/requests");
        await admin.Locator("[data-testid=jobs-dashboard]").ClickAsync();
        await admin.WaitForURLAsync($"{App.BaseUrl}/hangfire");
        await Expect(admin.GetByText("LeaveBlazor background jobs").First).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Recurring Jobs" }).ClickAsync();
        await Expect(admin.GetByText("send-reminders", new() { Exact = true })).ToBeVisibleAsync();

        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests");
        await Expect(alex.Locator("[data-testid=jobs-dashboard]")).ToHaveCountAsync(0);
        var refused = await alex.GotoAsync("/hangfire");

        await Expect(alex.Locator("main h1")).ToHaveTextAsync("Access denied");
        await Expect(alex.GetByRole(AriaRole.Link, new() { Name = "Go to your home page" })).ToBeVisibleAsync();
        var styled = await alex.Locator("main h1").EvaluateAsync<string>("h1 => getComputedStyle(h1).fontFamily");
        Assert.Equal(403, refused?.Status);
        Assert.Contains("Roboto", styled, StringComparison.Ordinal);
    }
}
