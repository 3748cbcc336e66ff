using LeaveBlazor.Tests.Integration;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed class RejectingInTheInboxJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Dana_rejects_in_her_inbox_with_a_reason_and_Alex_reads_the_reason_on_his_request()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();

        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/inbox");
        await dana.Locator($"[data-testid=reject-{request.Reference}]").ClickAsync();
        await dana.Locator("[data-testid=decision-comment]").FillAsync("Two of the team are away that week");
        await dana.Locator("[data-testid=decision-confirm]").ClickAsync();
        await Expect(dana.GetByText($"{request.Reference} is rejected.")).ToBeVisibleAsync();

        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync($"/requests/{request.Reference}");
        await Expect(alex.Locator("[data-status]")).ToHaveTextAsync("Rejected");
        await Expect(alex.Locator("[data-testid=decision-comment]")).ToHaveTextAsync("Two of the team are away that week");
    }
}
