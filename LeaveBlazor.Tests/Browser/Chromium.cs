using Microsoft.Playwright;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>apt-get install chromium</c>, as <c>.ci/run</c> does), headless, driven by Playwright: one
/// browser per test class, and each test makes its own contexts so that no cookie passes from one test to the next.
/// Playwright never downloads a browser of its own here.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: install Debian's package (apt-get install chromium), as .ci/run does.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,

            // No sandbox: CI runs as root. The rest keeps the browser from reaching anything but the app.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
