using LeaveBlazor.Tests.Integration;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed class ReusedLinkJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task An_approve_link_opened_again_after_deciding_says_it_was_used_and_who_decided_when()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();
        var approveLink = (await App.DecisionRequestAsync(request)).LinkLabelled("Approve")!;
        var dana = await OpenBrowserAsync("dana");
        await dana.GotoAsync(approveLink);
        await dana.Locator("button[value=Approve]").ClickAsync();
        await Expect(dana.Locator("[data-testid=outcome]")).ToContainTextAsync("Approved.");
        var decidedAt = (await App.ReloadAsync(request)).DecidedAt!.Value;

        var reopened = await dana.GotoAsync(approveLink);

        await Expect(dana.Locator("[data-testid=problem]")).ToHaveTextAsync("This link has already been used");
        await Expect(dana.Locator("[data-testid=problem-message]")).ToHaveTextAsync(
            $"This link has already been used: {request.Reference} was approved by Dana Manager on {App.Describe(decidedAt)}.");
        Assert.Equal(410, reopened?.Status);
    }
}
