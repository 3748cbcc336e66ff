using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
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

    [Fact]
    public async Task The_reject_dialog_opens_with_the_focus_on_the_reason_field()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/inbox");

        await dana.Locator($"[data-testid=reject-{request.Reference}]").FocusAsync();
        await dana.Keyboard.PressAsync("Enter");

        await Expect(dana.GetByRole(AriaRole.Textbox, new() { Name = "Reason for rejecting" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Rejecting_without_a_reason_announces_why_and_ties_it_to_the_reason_field()
    {
        var dialog = await RejectWithoutAReasonAsync();

        await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Reason for rejecting" })).ToHaveAccessibleDescriptionAsync(WhyReject);
    }

    [Fact]
    public async Task Rejecting_without_a_reason_shows_the_one_message_and_no_other()
    {
        var dialog = await RejectWithoutAReasonAsync();

        var messages = await dialog.Locator(".mud-input-helper-text.mud-input-error .me-auto, .mud-error-text").AllInnerTextsAsync();
        Assert.Equal([WhyReject], messages.Select(m => m.Trim()).Where(m => m.Length > 0));
    }

    [Fact]
    public async Task Backing_out_of_the_approve_dialog_with_Escape_returns_the_focus_to_its_button()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/inbox");
        var approve = dana.Locator($"[data-testid=approve-{request.Reference}]");

        await approve.FocusAsync();
        await dana.Keyboard.PressAsync("Enter");
        await Expect(dana.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await dana.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null");
        await dana.Keyboard.PressAsync("Escape");
        await Expect(dana.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await Expect(approve).ToBeFocusedAsync();
    }

    private const string WhyReject = "Give a reason for rejecting, so Alex Employee knows why.";

    /// <summary>Dana presses Reject on Alex's new request, then Reject in the dialog with no reason; the rule's message is then said.</summary>
    private async Task<ILocator> RejectWithoutAReasonAsync()
    {
        var request = await App.AlexAsksAndIsEmailedAsync();
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/inbox");

        // The box has the focus when the dialog opens; pressing Reject leaves it, as a person would.
        await dana.Locator($"[data-testid=reject-{request.Reference}]").ClickAsync();
        await dana.Locator("[data-testid=decision-confirm]").ClickAsync();
        var dialog = dana.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync(WhyReject);
        return dialog;
    }
}
