using Microsoft.Playwright;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright: one person signed in through the sign-in form, then page after
/// page of the inbox, each left open once its circuit is connected. The renderer processes are capped so that 200
/// tabs fit on a small machine; the server sees one circuit per tab all the same.
/// </summary>
public sealed class ChromiumPages : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";
    private const int OpeningAtOnce = 4;
    private static readonly float PageTimeout = (float)TimeSpan.FromSeconds(60).TotalMilliseconds;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly string _mark;
    private readonly List<IPage> _open = [];

    private ChromiumPages(IPlaywright playwright, IBrowser browser, IBrowserContext context, string mark)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        _mark = mark;
    }

    /// <summary>Starts Chromium and signs the person in; the sign-in page then goes to the inbox, the first page open.</summary>
    public static async Task<ChromiumPages> StartAsync(Uri baseAddress, string email)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: bench/run installs Debian's package (apt-get install chromium).");
        }

        // A switch Chromium ignores, so that its processes can be found and killed (KillAsync).
        var mark = $"--leaveblazor-bench={Guid.NewGuid():N}";
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--renderer-process-limit=4", mark,
            ],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
        context.SetDefaultTimeout(PageTimeout);
        var pages = new ChromiumPages(playwright, browser, context, mark);
        var page = await context.NewPageAsync();
        await page.GotoAsync("Account/Login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(People.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase));
        await InboxAsync(page);
        pages._open.Add(page);
        return pages;
    }

    /// <summary>Opens inbox pages until <paramref name="total"/> are open, a few at a time, each waited for until interactive.</summary>
    public async Task OpenUntilAsync(int total)
    {
        var opening = new SemaphoreSlim(OpeningAtOnce);
        var pages = Enumerable.Range(0, Math.Max(0, total - _open.Count)).Select(async _ =>
        {
            await opening.WaitAsync();
            try
            {
                var page = await _context.NewPageAsync();
                await InboxAsync(page);
                lock (_open)
                {
                    _open.Add(page);
                }
            }
            finally
            {
                opening.Release();
            }
        });
        await Task.WhenAll(pages);
    }

    /// <summary>Closes <paramref name="count"/> pages as a person closes a tab: the page tells the server it is leaving.</summary>
    public async Task ClosePagesAsync(int count)
    {
        foreach (var page in _open.Take(count).ToList())
        {
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
            _open.Remove(page);
        }
    }

    /// <summary>Kills Chromium outright, as a dropped network or a phone gone to sleep looks to the server: no page says goodbye.</summary>
    public async Task KillAsync()
    {
        using var kill = System.Diagnostics.Process.Start("pkill", ["-KILL", "-f", "--", _mark]) ?? throw new InvalidOperationException("pkill did not start.");
        await kill.WaitForExitAsync();
        _open.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _browser.DisposeAsync();
        }
        catch (PlaywrightException)
        {
            // Already killed.
        }

        _playwright.Dispose();
    }

    private static async Task InboxAsync(IPage page)
    {
        await page.GotoAsync("inbox");
        await page.Locator("[data-interactive='true']").WaitForAsync();
        if (await page.Locator("h1").TextContentAsync() is not { } heading || !heading.Contains("Inbox", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The inbox page showed '{await page.TitleAsync()}', not the inbox.");
        }
    }
}
