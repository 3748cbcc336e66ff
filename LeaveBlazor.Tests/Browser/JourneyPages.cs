using System.Globalization;
using Microsoft.Playwright;

namespace LeaveBlazor.Tests.Browser;

/// <summary>Moving around the app as a person does, waiting for what the page shows rather than for time to pass.</summary>
public static class JourneyPages
{
    /// <summary>
    /// Opens an app page and waits until its circuit is live: before that the page is only prerendered HTML, and a
    /// click on it does nothing. The layout says which by its <c>data-interactive</c> attribute. Then it waits for
    /// FocusOnNavigate to put the focus on the page's title, which it does just after that first render: a test that
    /// focused a button before then lost the focus to the title, and its Enter did nothing.
    /// </summary>
    public static async Task GoToInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => { const title = document.querySelector('h1'); return !title || document.activeElement === title; }");
    }

    /// <summary>Types a day into a date picker's text box as the form expects it (yyyy-mm-dd) and leaves the box, which commits it.</summary>
    public static async Task TypeDayAsync(this ILocator dateInput, DateOnly day)
    {
        await dateInput.FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await dateInput.PressAsync("Tab");
    }
}
