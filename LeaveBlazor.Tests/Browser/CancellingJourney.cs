using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
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
        await alex.Locator("[data-testid=cancel-confirm]").ClickAsync();
        await Expect(alex.Locator("[data-status]")).ToHaveTextAsync("Cancelled");
        await App.EmailAsync(request, LeaveApp.DanaEmail, "Cancelled: leave request from Alex Employee");
        var cancelledAt = (await App.ReloadAsync(request)).DecidedAt!.Value;

        var dana = await OpenBrowserAsync("dana");
        await dana.GotoAsync(approveLink);

        await Expect(dana.Locator("[data-testid=problem]")).ToHaveTextAsync("Nothing left to decide");
        await Expect(dana.Locator("[data-testid=problem-message]")).ToHaveTextAsync(
            $"{request.Reference} was already cancelled by the requester, Alex Employee, on {App.Describe(cancelledAt)}; there is nothing left to decide.");
    }

    [Fact]
    public async Task From_the_keyboard_Alex_is_asked_first_backs_out_with_Escape_then_confirms()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync($"/requests/{request.Reference}");
        var cancel = alex.Locator("[data-testid=cancel-request]");
        var question = alex.GetByRole(AriaRole.Dialog, new() { Name = $"Cancel {request.Reference}?" });

        await cancel.FocusAsync();
        await alex.Keyboard.PressAsync("Enter");
        await Expect(question).ToBeVisibleAsync();
        await Expect(question).ToContainTextAsync("Dana Manager will be emailed that you cancelled it");
        await CheckAccessibilityAsync(alex, "cancel question open");
        await Expect(question.Locator("[data-testid=cancel-back]")).ToBeFocusedAsync();
        await alex.Keyboard.PressAsync("Escape");
        await Expect(question).ToHaveCountAsync(0);
        var pendingAfterEscape = (await App.ReloadAsync(request)).Status;

        await cancel.FocusAsync();
        await alex.Keyboard.PressAsync("Enter");
        await TabToAsync(alex, question.Locator("[data-testid=cancel-confirm]"));
        await alex.Keyboard.PressAsync("Enter");

        await Expect(alex.Locator("[data-status]")).ToHaveTextAsync("Cancelled");
        Assert.Equal(LeaveStatus.Pending, pendingAfterEscape);
    }

    [Fact]
    public async Task After_cancelling_the_focus_is_on_the_message_that_says_so()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync($"/requests/{request.Reference}");

        await alex.Locator("[data-testid=cancel-request]").ClickAsync();
        await alex.Locator("[data-testid=cancel-confirm]").ClickAsync();
        await Expect(alex.Locator("[data-status]")).ToHaveTextAsync("Cancelled");

        var message = alex.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{request.Reference} is cancelled." });
        await Expect(message).ToBeFocusedAsync();
    }

    [Fact]
    public async Task After_asking_to_cancel_approved_leave_the_focus_is_on_the_message_that_says_so()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/inbox");
        await dana.Locator($"[data-testid=approve-{request.Reference}]").ClickAsync();
        await dana.Locator("[data-testid=decision-confirm]").ClickAsync();
        await Expect(dana.GetByText($"{request.Reference} is approved.")).ToBeVisibleAsync();
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync($"/requests/{request.Reference}");

        await alex.Locator("[data-testid=ask-to-cancel]").ClickAsync();
        await alex.Locator("[data-testid=comment-dialog-confirm]").ClickAsync();
        await Expect(alex.Locator("[data-testid=cancellation-waiting]")).ToBeVisibleAsync();

        var message = alex.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Dana Manager has been asked to confirm the cancellation of {request.Reference}." });
        await Expect(message).ToBeFocusedAsync();
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, as a keyboard user would; fails if a few presses do not get there.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 6 && !await target.EvaluateAsync<bool>("element => element === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(target).ToBeFocusedAsync();
    }
}
