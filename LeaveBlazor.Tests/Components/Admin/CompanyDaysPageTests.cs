using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Components.Admin;

/// <summary>The admin's company days: Dana, made an admin, looks at 2026 (the test clock's year).</summary>
public sealed class CompanyDaysPageTests : LeavePageTest
{
    [Fact]
    public async Task The_years_company_days_are_listed_with_what_is_off_and_for_whom()
    {
        await Database.AddCompanyDayAsync(new DateOnly(2026, 12, 24), halfDay: true, country: "GB");

        var page = await OpenAsync();

        Assert.Equal([("Thu 24 Dec 2026", "Company day", "The afternoon", "United Kingdom")], Rows(page));
    }

    [Fact]
    public async Task Another_years_days_show_on_its_page()
    {
        await Database.AddCompanyDayAsync(new DateOnly(2027, 1, 4));
        var page = await OpenAsync();

        page.Find("button[data-testid=next-year]").Click();

        page.WaitForAssertion(() => Assert.Equal([("Mon 4 Jan 2027", "Company day", "The whole day", "Everyone")], Rows(page)));
    }

    [Fact]
    public async Task A_day_added_in_the_dialog_is_listed_and_audited()
    {
        var page = await OpenAsync();

        page.Find("button[data-testid=add-company-day]").Click();
        page.WaitForElement("input[data-testid=company-day-date]").Change("2026-12-31");
        page.Find("input[data-testid=company-day-name]").Change("New Year's Eve");
        page.Find("button[data-testid=company-day-save]").Click();

        page.WaitForAssertion(() => Assert.Equal([("Thu 31 Dec 2026", "New Year's Eve", "The whole day", "Everyone")], Rows(page)));
        Assert.Equal(["Thu 31 Dec 2026, New Year's Eve (closure, everyone)"], await AuditSubjectsAsync(AuditAction.CompanyDayAdded));
    }

    [Fact]
    public async Task A_day_without_a_name_is_refused_in_the_dialog()
    {
        var page = await OpenAsync();

        page.Find("button[data-testid=add-company-day]").Click();
        page.WaitForElement("input[data-testid=company-day-date]").Change("2026-12-31");
        page.Find("button[data-testid=company-day-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter a name of 1 to 100 characters, such as \"Christmas Eve\".", page.Markup, StringComparison.Ordinal));
        Assert.Empty(await Database.CompanyDaysAsync());
    }

    [Fact]
    public async Task A_removed_day_leaves_the_list_and_is_audited()
    {
        await Database.AddCompanyDayAsync(new DateOnly(2026, 12, 24));
        var page = await OpenAsync();

        page.FindAll("[data-testid=company-days] tbody tr button").Single(b => b.TextContent.Trim() == "Remove").Click();

        page.WaitForAssertion(() => Assert.Equal("No company days in 2026.", page.Find("[data-testid=no-company-days]").TextContent.Trim()));
        Assert.Single(await AuditSubjectsAsync(AuditAction.CompanyDayRemoved));
    }

    private async Task<IRenderedComponent<ContainerFragment>> OpenAsync()
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = RenderPage<CompanyDays>();
        page.WaitForAssertion(() => Assert.Equal("2026", page.Find("[data-testid=year]").TextContent.Trim()));
        return page;
    }

    private async Task<List<string>> AuditSubjectsAsync(AuditAction action)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().AuditEntries.Where(e => e.Action == action).Select(e => e.Subject).ToListAsync();
    }

    private static List<(string Day, string Name, string Off, string For)> Rows(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=company-days] tbody tr").Select(row => (Cell(row, "Day"), Cell(row, "Name"), Cell(row, "Off"), Cell(row, "For"))).ToList();

    private static string Cell(IElement row, string label) => row.QuerySelector($"td[data-label={label}]")?.TextContent.Trim() ?? "";
}
