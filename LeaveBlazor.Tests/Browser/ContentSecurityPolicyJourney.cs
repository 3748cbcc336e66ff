using System.Text.RegularExpressions;
using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// The app under its Content-Security-Policy in a real browser: every page of a request's life still works (the
/// circuit connects, forms and dialogs respond), and the browser reports nothing blocked.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed partial class ContentSecurityPolicyJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Asking_deciding_and_the_admin_pages_run_with_nothing_blocked()
    {
        var firstDay = App.WorkingDayInTwoWeeks().AddDays(7); // a week after the emailed request below
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests/new");
        // The theme's colours come from a stylesheet of their own (theme.css), which the policy must let in.
        await Expect(alex.Locator("header.mud-appbar")).ToHaveCSSAsync("background-color", "rgb(46, 94, 140)");
        await alex.Locator("input[data-testid=first-day]").TypeDayAsync(firstDay);
        await alex.Locator("input[data-testid=last-day]").TypeDayAsync(firstDay);
        await alex.Locator("[data-testid=reason]").FillAsync("Dentist");
        await alex.Locator("[data-testid=submit]").ClickAsync();
        var submitted = alex.Locator("[data-testid=submitted]");
        await Expect(submitted).ToContainTextAsync(Reference());
        var reference = Reference().Match(await submitted.InnerTextAsync()).Value;

        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/inbox");
        await dana.Locator($"[data-testid=approve-{reference}]").ClickAsync();
        await dana.Locator("[data-testid=decision-confirm]").ClickAsync();
        await Expect(dana.GetByText($"{reference} is approved.")).ToBeVisibleAsync();

        var emailed = await App.AlexAsksAndIsEmailedAsync("Family visit");
        var byLink = await OpenBrowserAsync("dana-by-link");
        await byLink.GotoAsync((await App.DecisionRequestAsync(emailed)).LinkLabelled("Reject")!);
        await byLink.Locator("textarea").FillAsync("Too many away");
        await byLink.Locator("button[value=Reject]").ClickAsync();
        await Expect(byLink.Locator("[data-testid=outcome]")).ToContainTextAsync("Rejected.");

        var admin = await SignedInAsync(LeaveApp.AdminEmail);
        await admin.GotoAsync("/hangfire/recurring");
        await Expect(admin.GetByText("send-reminders", new() { Exact = true })).ToBeVisibleAsync();
        await admin.GoToInteractiveAsync("/admin/users");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();

        Assert.True(PolicyViolations.Count == 0, "Blocked by the policy:\n" + string.Join("\n", PolicyViolations));
    }

    /// <summary>
    /// Scalar's page gets 'unsafe-inline' for the module script that starts it, but not 'unsafe-eval': its bundle only
    /// probes whether Function('') is allowed (a try/catch that picks its non-eval path when refused), and that probe is
    /// the one thing the browser may report here.
    /// </summary>
    [Fact]
    public async Task Api_reference_renders_with_only_its_eval_probe_refused()
    {
        var admin = await SignedInAsync(LeaveApp.AdminEmail);

        await admin.GotoAsync("/api/docs/");

        await Expect(admin.GetByText("LeaveBlazor API").First).ToBeVisibleAsync();
        Assert.DoesNotContain(PolicyViolations, violation =>
            !violation.StartsWith("script-src blocked eval", StringComparison.Ordinal) || !violation.Contains("/api/docs/scalar.js", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"LR-\d{4}-\d{5}")]
    private static partial Regex Reference();
}
