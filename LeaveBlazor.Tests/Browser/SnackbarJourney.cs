using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LeaveBlazor.Tests.Integration;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>The messages that pop up at the bottom of the page (MudBlazor's snackbars) are as readable as the page.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class SnackbarJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_success_message_has_enough_contrast_once_shown()
    {
        var admin = await SignedInAsync(LeaveApp.AdminEmail);
        await admin.SetViewportSizeAsync(1280, 800);
        await admin.GoToInteractiveAsync("/admin/backups");

        await admin.Locator("[data-testid=back-up-now]").ClickAsync();
        var snackbar = admin.Locator(".mud-snackbar");
        await Expect(snackbar).ToContainTextAsync("taken");

        // Read as people read it: after it has faded in.
        await snackbar.EvaluateAsync("e => Promise.all(e.getAnimations().map(a => a.finished))");
        var contrast = await snackbar.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] } });

        Assert.Empty(contrast.Violations.SelectMany(v => v.Nodes).Select(n => $"{n.Target}: {string.Join(" ", n.Any.Select(c => c.Message))}"));
    }
}
