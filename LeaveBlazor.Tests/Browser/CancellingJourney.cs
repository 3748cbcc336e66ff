using LeaveBlazor.Tests.Integration;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed class CancellingJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Alex_cancels_while_it_waits_and_Danas_emailed_link_then_says_he_cancelled_it()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();
        var approveLink = (await App.DecisionRequestAsync(request)).LinkLabelled("Approve")!;

        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync($"/requests/{request.Reference}");
        await alex.Locator("[data-testid=cancel-request]").ClickAsync();
        await Expect(alex.Locator("[data-status]")).ToHaveTextAsync("Cancelled");
        await App.EmailAsync(request, LeaveApp.DanaEmail, "Cancelled: leave request from Alex Employee");
        var cancelledAt = (await App.ReloadAsync(request)).DecidedAt!.Value;

        var dana = await OpenBrowserAsync("dana");
        await dana.GotoAsync(approveLink);

        await Expect(dana.Locator("[data-testid=problem]")).ToHaveTextAsync("Nothing left to decide");
        await Expect(dana.Locator("[data-testid=problem-message]")).ToHaveTextAsync(
            $"{request.Reference} was already cancelled by the requester, Alex Employee, on {App.Describe(cancelledAt)}; there is nothing left to decide.");
    }
}
