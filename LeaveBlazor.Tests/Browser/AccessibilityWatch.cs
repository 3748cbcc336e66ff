using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// Runs axe-core on every page a journey's browsers land on (each path once), and keeps the serious and critical
/// violations. Our pages must have none; the pages of Hangfire's dashboard and Scalar's API reference are theirs, so
/// their findings are only written down (<see cref="ReportFile"/>), unless the app answered there with a page of its own.
/// </summary>
public sealed class AccessibilityWatch
{
    private static readonly string[] ThirdPartyPaths = ["/hangfire", "/api/docs"];
    private static readonly string[] Failing = ["serious", "critical"];

    /// <summary>Rules axe rates only "moderate" that every page of ours keeps anyway: a title heading and one main landmark.</summary>
    private const string HeadingOneRule = "page-has-heading-one";

    private const string ContrastRule = "color-contrast";

    private static readonly string[] Required = [HeadingOneRule, "landmark-one-main", "landmark-no-duplicate-main"];

    private readonly Lock _lock = new();
    private readonly List<Task> _checks = [];
    private readonly HashSet<string> _checkedPaths = [];
    private readonly List<string> _ours = [];
    private readonly List<string> _theirs = [];

    public static string ReportFile => Path.Combine(BrowserJourney.ScreenshotFolder, "axe-third-party.txt");

    /// <summary>Checks each page <paramref name="page"/> navigates to, once it has loaded.</summary>
    public void Watch(IPage page) =>
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                lock (_lock)
                {
                    _checks.Add(CheckQuietlyAsync(page));
                }
            }
        };

    /// <summary>
    /// Checks the page now, whatever happens to it next: for pages the journey leaves at once (sign-in), and, named by
    /// <paramref name="state"/>, for what a page shows only after a step on it (an open dialog or calendar).
    /// </summary>
    public async Task CheckAsync(IPage page, string? state = null)
    {
        var url = new Uri(page.Url);
        var path = url.AbsolutePath + (state is null ? "" : $" ({state})");

        // Under a third party's path, a page with our layout (the access-denied page the dashboard answers) is still ours.
        var theirs = ThirdPartyPaths.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            && await page.Locator("#main-content").CountAsync() == 0;
        lock (_lock)
        {
            if (!_checkedPaths.Add(PathKey(path) + (theirs ? " (theirs)" : "")))
            {
                return;
            }
        }

        await AnimationsDoneAsync(page);
        var result = await page.RunAxe();
        IEnumerable<AxeResultItem> violations = result.Violations;
        if (result.Violations.Any(v => v.Id == ContrastRule))
        {
            // A popover that began to fade in after the wait above is read half-faded: its contrast counts when it has settled.
            await page.WaitForTimeoutAsync(500);
            await AnimationsDoneAsync(page);
            var settled = await page.RunAxe();
            violations = violations.Where(v => v.Id != ContrastRule).Concat(settled.Violations.Where(v => v.Id == ContrastRule));
        }

        var headings = await HeadingsAsync(page);

        // axe looked for the h1 once, at its moment; the count above waits for a page caught between two renders, and
        // asks for exactly one, so it decides that rule.
        var found = violations
            .Where(v => Failing.Contains(v.Impact) || Required.Contains(v.Id))
            .Where(v => !(v.Id == HeadingOneRule && headings == 1))
            .Select(v => Describe(path, v)).ToList();
        if (headings != 1)
        {
            found.Add($"{path}: {headings} h1 elements; a page has exactly one, its title");
        }

        if (new Uri(page.Url).AbsolutePath != url.AbsolutePath)
        {
            // The journey went on while axe ran, so what was read may be half of the next page: that one is checked in its turn.
            lock (_lock)
            {
                _checkedPaths.Remove(PathKey(path) + (theirs ? " (theirs)" : ""));
            }

            return;
        }

        lock (_lock)
        {
            (theirs ? _theirs : _ours).AddRange(found);
        }
    }

    /// <summary>Waits for every check begun so far (before the pages close).</summary>
    public async Task FinishChecksAsync()
    {
        Task[] checks;
        lock (_lock)
        {
            checks = [.. _checks];
        }

        await Task.WhenAll(checks);
    }

    /// <summary>Fails with our pages' violations, if any; writes down the others'.</summary>
    public async Task AssertNoViolationsAsync()
    {
        if (_theirs.Count > 0)
        {
            Directory.CreateDirectory(BrowserJourney.ScreenshotFolder);
            await File.AppendAllLinesAsync(ReportFile, _theirs.Distinct());
        }

        Assert.True(_ours.Count == 0, "axe found serious or critical problems on our pages:\n" + string.Join("\n", _ours.Distinct()));
    }

    /// <summary>
    /// How many h1 elements the page has; a count of none is taken again once one appears (up to 10 s), since a page
    /// caught between two renders on a busy machine is not what people see.
    /// </summary>
    private static async Task<int> HeadingsAsync(IPage page)
    {
        var headings = page.Locator("h1");
        if (await headings.CountAsync() == 0)
        {
            try
            {
                await headings.First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
            }
            catch (TimeoutException)
            {
                // Still none: reported as such.
            }
        }

        return await headings.CountAsync();
    }

    /// <summary>
    /// Waits (up to 2 s) for the page's transitions to end: axe blends colours with opacity, so a calendar read while it
    /// fades in has text too faint for its contrast rule, though no one reads it half-faded.
    /// </summary>
    private static Task AnimationsDoneAsync(IPage page) =>
        page.EvaluateAsync("""
            Promise.race([
                Promise.all(document.getAnimations().map(a => a.finished.catch(() => null))),
                new Promise(done => setTimeout(done, 2000))])
            """);

    private async Task CheckQuietlyAsync(IPage page)
    {
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load);

            // The page as people use it: while its circuit connects, its content is inert (hidden from assistive technology too).
            await page.Locator("[data-testid=connecting]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
            await CheckAsync(page);
        }
        catch (PlaywrightException)
        {
            // The page moved on (or closed) while being checked: the page it moved to is checked in its turn.
        }
    }

    // Request pages differ only by their reference: one of them stands for all.
    private static string PathKey(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"/(LR-\d{4}-\d+|decide/[^/ ]+|setup/[^/ ]+)( \(|$)", "/{id}$2");

    private static string Describe(string path, AxeResultItem violation) =>
        $"{path}: [{violation.Impact}] {violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()).Take(5))}";
}
