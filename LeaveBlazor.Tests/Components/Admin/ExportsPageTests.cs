using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;

namespace LeaveBlazor.Tests.Components.Admin;

/// <summary>The admin's payroll exports page: links to the API's CSV files for the days chosen, none while a day is wrong (the test clock's today is 30 Nov 2026).</summary>
public sealed class ExportsPageTests : LeavePageTest
{
    [Fact]
    public async Task Links_start_at_this_month_and_today()
    {
        var page = await OpenAsync();

        Assert.Equal(("/api/exports/leave-taken.csv?from=2026-11-01&to=2026-11-30", "/api/exports/balances.csv?on=2026-11-30"),
            (Link(page, "download-leave-taken"), Link(page, "download-balances")));
    }

    [Fact]
    public async Task Chosen_days_go_into_the_links()
    {
        var page = await OpenAsync();

        page.Find("input[data-testid=export-from]").Change("2026-01-01");
        page.Find("input[data-testid=export-to]").Change("2026-06-30");
        page.Find("input[data-testid=export-on]").Change("2025-12-31");

        page.WaitForAssertion(() => Assert.Equal(("/api/exports/leave-taken.csv?from=2026-01-01&to=2026-06-30", "/api/exports/balances.csv?on=2025-12-31"),
            (Link(page, "download-leave-taken"), Link(page, "download-balances"))));
    }

    [Fact]
    public async Task Period_that_ends_before_it_starts_says_so_and_offers_no_link()
    {
        var page = await OpenAsync();

        page.Find("input[data-testid=export-from]").Change("2026-12-31");
        page.Find("input[data-testid=export-to]").Change("2026-12-01");

        page.WaitForAssertion(() => Assert.Equal((true, (string?)null),
            (page.Markup.Contains("The period ends (2026-12-01) before it starts (2026-12-31): swap the days.", StringComparison.Ordinal),
                Link(page, "download-leave-taken"))));
    }

    private async Task<IRenderedComponent<ContainerFragment>> OpenAsync()
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = RenderPage<Exports>();
        page.WaitForElement("[data-testid=download-balances]");
        return page;
    }

    private static string? Link(IRenderedComponent<ContainerFragment> page, string testId) =>
        page.Find($"[data-testid={testId}]") is IElement link && link.TagName == "A" ? link.GetAttribute("href") : null;
}
