using LeaveBlazor.Web.Identity;
using Microsoft.Playwright;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// Base for the journeys: each person gets a browser context of their own (their own cookies, as on their own
/// computer). When the test ends, pass or fail, each person's last page is saved as
/// <c>screenshots/&lt;journey&gt;-&lt;person&gt;.png</c> under the test output folder. Every page they land on is
/// checked by axe-core (<see cref="AccessibilityWatch"/>).
/// </summary>
public abstract class BrowserJourney(BrowserApp app, Chromium chromium) : IAsyncLifetime
{
    /// <summary>Longer than Playwright's 5 s: on a busy two-core machine a circuit can take a while to connect.</summary>
    private const float ExpectTimeoutMs = 15_000;

    private readonly List<(string Person, IBrowserContext Context, IPage Page)> _people = [];
    private readonly AccessibilityWatch _accessibility = new();
    private readonly List<string> _policyViolations = [];

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    protected BrowserApp App => app;

    /// <summary>What the app's Content-Security-Policy blocked in any person's browser so far (event and console reports).</summary>
    protected IReadOnlyList<string> PolicyViolations
    {
        get
        {
            lock (_policyViolations)
            {
                return [.. _policyViolations];
            }
        }
    }

    public Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        return Task.CompletedTask;
    }

    /// <summary>A fresh browser context for <paramref name="person"/> with a blank page: not signed in.</summary>
    protected async Task<IPage> OpenBrowserAsync(string person)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        await WatchForPolicyViolationsAsync(context);
        var page = await context.NewPageAsync();
        _accessibility.Watch(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                NotePolicyViolation($"console on {page.Url}: {message.Text}");
            }
        };
        _people.Add((person, context, page));
        return page;
    }

    /// <summary>A fresh browser context for the person with this demo account, signed in through the sign-in page.</summary>
    protected async Task<IPage> SignedInAsync(string email)
    {
        var page = await OpenBrowserAsync(email.Split('@')[0]);
        await page.GotoAsync("/Account/Login");
        await _accessibility.CheckAsync(page);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(AccountSeeding.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase));
        return page;
    }

    /// <summary>Runs axe on what the page shows now, such as an open dialog or calendar, which no navigation would check.</summary>
    protected Task CheckAccessibilityAsync(IPage page, string state) => _accessibility.CheckAsync(page, state);

    /// <summary>Waits until axe has looked at every page so far: before a step that changes them all (stopping the server).</summary>
    protected Task AccessibilityCheckedAsync() => _accessibility.FinishChecksAsync();

    /// <summary>
    /// Saves each person's last page, then fails the test when axe found serious or critical problems on any of our
    /// pages the journey visited.
    /// </summary>
    // Every page of the context reports each violation, with where it happened, before the page's own scripts run.
    private async Task WatchForPolicyViolationsAsync(IBrowserContext context)
    {
        await context.ExposeFunctionAsync("reportPolicyViolation", (string violation) => NotePolicyViolation(violation));
        await context.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", e => window.reportPolicyViolation(
                `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${e.documentURI} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`));
            """);
    }

    private void NotePolicyViolation(string violation)
    {
        lock (_policyViolations)
        {
            _policyViolations.Add(violation);
        }
    }

    public async Task DisposeAsync()
    {
        await _accessibility.FinishChecksAsync();
        Directory.CreateDirectory(ScreenshotFolder);
        foreach (var (person, context, page) in _people)
        {
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = Path.Combine(ScreenshotFolder, $"{GetType().Name}-{person}.png"),
                    FullPage = true,
                });
            }
            finally
            {
                await context.CloseAsync();
            }
        }

        await _accessibility.AssertNoViolationsAsync();
    }
}
