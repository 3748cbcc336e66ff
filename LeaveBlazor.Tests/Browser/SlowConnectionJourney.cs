using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// Alex on a slow phone: the form is painted long before its circuit is live. Until then nothing on it can be typed
/// into or pressed, and the page says it is connecting; once live, what he types stays.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class SlowConnectionJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Form_is_not_editable_until_the_circuit_is_live_then_keeps_what_is_typed()
    {
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        var circuitMayStart = new TaskCompletionSource();

        // Blazor's script, which opens the circuit, arrives only when the test lets it: a network as slow as it likes.
        await alex.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await circuitMayStart.Task;
            await route.ContinueAsync();
        });
        await alex.GotoAsync("/requests/new", new() { WaitUntil = WaitUntilState.Commit });
        var reason = alex.Locator("[data-testid=reason]");
        await Expect(reason).ToBeVisibleAsync();

        await Expect(alex.Locator("[data-testid=connecting]")).ToHaveTextAsync("Connecting… the page can be used in a moment.");
        var inertWhilePrerendered = await reason.EvaluateAsync<bool>("element => element.closest('[inert]') !== null");
        var typedWhilePrerendered = await TryTypeAsync(reason, "Typed too early");
        var sendPressableWhilePrerendered = await TryPressAsync(alex.Locator("[data-testid=submit]"));

        circuitMayStart.SetResult();
        await alex.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(alex.Locator("[data-testid=connecting]")).ToHaveCountAsync(0);
        await reason.FillAsync("Moving house");

        Assert.True(inertWhilePrerendered, "The prerendered form should be inert.");
        Assert.False(typedWhilePrerendered, "Typing should not reach a prerendered form.");
        Assert.False(sendPressableWhilePrerendered, "Send should not take a click before the circuit is live.");
        await Expect(reason).ToHaveValueAsync("Moving house");
    }

    /// <summary>Clicks into the box and types as a person would, for a short while; false when the page would not take it.</summary>
    private static async Task<bool> TryTypeAsync(ILocator box, string text)
    {
        try
        {
            await box.ClickAsync(new() { Timeout = 1_500 });
            await box.PressSequentiallyAsync(text);
            return await box.InputValueAsync() == text;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Whether a click would reach the button (Playwright's trial click: every check, no click).</summary>
    private static async Task<bool> TryPressAsync(ILocator button)
    {
        try
        {
            await button.ClickAsync(new() { Trial = true, Timeout = 1_500 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
