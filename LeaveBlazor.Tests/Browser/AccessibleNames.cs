using Microsoft.Playwright;

namespace LeaveBlazor.Tests.Browser;

/// <summary>Names as Chromium itself hands them to screen readers (its accessibility tree), not as Playwright computes them.</summary>
public static class AccessibleNames
{
    public static async Task<IReadOnlyList<string>> OfButtonsAsync(IPage page)
    {
        var chromium = await page.Context.NewCDPSessionAsync(page);
        try
        {
            var tree = await chromium.SendAsync("Accessibility.getFullAXTree")
                ?? throw new InvalidOperationException("Chromium sent no accessibility tree.");
            return
            [
                .. tree.GetProperty("nodes").EnumerateArray()
                    .Where(node => node.TryGetProperty("role", out var role) && role.GetProperty("value").GetString() == "button")
                    .Select(node => node.TryGetProperty("name", out var name) ? name.GetProperty("value").GetString() ?? "" : ""),
            ];
        }
        finally
        {
            await chromium.DetachAsync();
        }
    }
}
