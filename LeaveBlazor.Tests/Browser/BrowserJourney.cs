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

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    protected BrowserApp App => app;

    public Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        return Task.CompletedTask;
    }

    /// <summary>A fresh browser context for <paramref name="person"/> with a blank page: not signed in.</summary>
    protected async Task<IPage> OpenBrowserAsync(string person)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        _accessibility.Watch(page);
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

    /// <summary>
    /// Saves each person's last page, then fails the test when axe found serious or critical problems on any of our
    /// pages the journey visited.
    /// </summary>
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
