using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed class DelegateDecidingJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Dana_names_Ada_while_she_is_away_and_Ada_approves_Alexs_request_on_her_behalf()
    {
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/delegation");
        await dana.Locator("[data-testid=delegate]").ClickAsync();
        await dana.GetByRole(AriaRole.Option, new() { Name = "Ada Admin" }).ClickAsync();
        await dana.Locator("input[data-testid=to]").FillAsync(App.WorkingDayInTwoWeeks().ToString("yyyy-MM-dd"));
        await dana.Locator("[data-testid=save-delegation]").ClickAsync();
        await Expect(dana.Locator("[data-testid=current-delegation]")).ToContainTextAsync("Ada Admin stands in for you from");
        await CheckAccessibilityAsync(dana, "delegation saved");

        var request = await App.AlexSubmitsAsync();
        var emails = await App.EmailsAboutAsync(request, count: 3);
        Assert.Equal((1, 1), (emails.Count(e => e.IsTo(LeaveApp.AdminEmail) && e.LinkLabelled("Approve") is not null),
            emails.Count(e => e.IsTo(LeaveApp.DanaEmail) && e.Subject.Contains("Copy: sent to Ada Admin", StringComparison.Ordinal))));

        var ada = await SignedInAsync(LeaveApp.AdminEmail);
        await ada.GoToInteractiveAsync("/inbox");
        await ada.Locator($"[data-testid=approve-{request.Reference}]").ClickAsync();
        await ada.Locator("[data-testid=decision-confirm]").ClickAsync();
        await Expect(ada.GetByText($"{request.Reference} is approved.")).ToBeVisibleAsync();

        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync($"/requests/{request.Reference}");
        await Expect(alex.Locator(".mud-timeline-item b").Last).ToHaveTextAsync("Approved by Ada Admin on behalf of Dana Manager");
    }
}
