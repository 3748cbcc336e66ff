using System.Text.RegularExpressions;
using LeaveBlazor.Tests.Integration;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed partial class ServerGoneJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task When_the_server_goes_away_Alex_sees_one_centred_dialog_saying_it_is_rejoining()
    {
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests");
        var dialog = alex.Locator("#components-reconnect-modal");
        await Expect(dialog).ToBeHiddenAsync();

        await AccessibilityCheckedAsync();
        await App.StopServerAsync();

        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("p:visible, button:visible")).ToHaveTextAsync([RejoiningMessage()]);
        var box = await dialog.BoundingBoxAsync() ?? throw new InvalidOperationException("The dialog has no box.");
        var look = await dialog.EvaluateAsync<string>(
            "d => { const s = getComputedStyle(d); return [s.width, s.borderTopLeftRadius, s.backgroundColor].join(' '); }");
        Assert.Equal(
            (alex.ViewportSize!.Width / 2, "320px 8px rgb(255, 255, 255)"),
            ((int)Math.Round(box.X + (box.Width / 2)), look));
    }

    /// <summary>The first attempt's message, or the next one's once the first has failed: either way, only one.</summary>
    [GeneratedRegex(@"^\s*(Rejoining the server\.\.\.|Rejoin failed\.\.\. trying again in \d+ seconds\.)\s*$")]
    private static partial Regex RejoiningMessage();
}
