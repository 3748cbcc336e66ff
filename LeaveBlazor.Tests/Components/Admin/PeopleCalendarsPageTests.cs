using System.Text.RegularExpressions;
using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace LeaveBlazor.Tests.Components.Admin;

/// <summary>On the Users page, Dana (an admin) sets people's working calendars and imports people from CSV.</summary>
public sealed partial class PeopleCalendarsPageTests : LeavePageTest
{
    [Fact]
    public async Task Each_person_shows_their_calendar()
    {
        var page = await OpenAsync();

        Assert.Equal("United Kingdom, Mon–Fri", CalendarOf(page, TestPeople.Alex));
    }

    [Fact]
    public async Task Country_region_and_working_days_chosen_in_the_dialog_are_saved()
    {
        var page = await OpenAsync();
        var dialog = Edit(page, TestPeople.Alex);

        await ChooseAsync(dialog, "Country (public holidays)", "DE");
        await ChooseAsync(dialog, "Region", "BY");
        dialog.Find("input[data-testid=user-day-Thu]").Change(false);
        dialog.Find("input[data-testid=user-day-Fri]").Change(false);
        dialog.Find("input[data-testid=user-start]").Change("2027-03-01");
        dialog.Find("button[data-testid=user-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Germany (Bayern), Mon–Wed, from 2027-03-01", CalendarOf(page, TestPeople.Alex)));
        Assert.Equal(new WorkingTerms("DE", "BY", WorkingPattern.Of([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday]), new DateOnly(2027, 3, 1)),
            (await PersonAsync(TestPeople.Alex)).WorkingTerms);
    }

    [Fact]
    public async Task A_week_without_a_working_day_is_refused_in_the_dialog()
    {
        var page = await OpenAsync();
        var dialog = Edit(page, TestPeople.Alex);

        foreach (var day in new[] { "Mon", "Tue", "Wed", "Thu", "Fri" })
        {
            dialog.Find($"input[data-testid=user-day-{day}]").Change(false);
        }

        dialog.Find("button[data-testid=user-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Choose at least one working day.", page.Markup, StringComparison.Ordinal));
        Assert.Equal(WorkingPattern.MondayToFriday, (await PersonAsync(TestPeople.Alex)).WorkingPattern);
    }

    [Fact]
    public async Task An_employment_ending_before_it_starts_is_refused_in_the_dialog()
    {
        var page = await OpenAsync();
        var dialog = Edit(page, TestPeople.Alex);

        dialog.Find("input[data-testid=user-start]").Change("2027-03-01");
        dialog.Find("input[data-testid=user-end]").Change("2027-02-01");
        dialog.Find("button[data-testid=user-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("The employment ends (2027-02-01) before it starts (2027-03-01)", page.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_team_typed_in_the_dialog_is_saved_trimmed_and_listed()
    {
        var page = await OpenAsync();
        var dialog = Edit(page, TestPeople.Alex);

        dialog.Find("input[data-testid=user-team]").Change("  Sales ");
        dialog.Find("button[data-testid=user-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Sales", CellOf(page, TestPeople.Alex, "Team")));
        Assert.Equal("Sales", (await PersonAsync(TestPeople.Alex)).Team);
    }

    [Fact]
    public async Task A_team_on_two_lines_is_refused_in_the_dialog()
    {
        var page = await OpenAsync();
        var dialog = Edit(page, TestPeople.Alex);

        dialog.Find("input[data-testid=user-team]").Change("Sales\nSupport");
        dialog.Find("button[data-testid=user-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("The team or department contains a line break", page.Markup, StringComparison.Ordinal));
        Assert.Null((await PersonAsync(TestPeople.Alex)).Team);
    }

    [Fact]
    public async Task Imported_people_are_listed_and_offered_a_link_to_set_a_password()
    {
        var page = await OpenAsync();

        await UploadAsync(page, "email,name,manager_email,country,region,start_date\nnew.one@example.test,New One,dana.manager@example.test,FR,,2027-01-04\n");

        page.WaitForAssertion(() => Assert.StartsWith("Imported 1 person. They have no password yet", Text(page.Find("[data-testid=imported]")), StringComparison.Ordinal));
        Assert.Equal("France, Mon–Fri, from 2027-01-04", page.FindAll("[data-testid=users] tbody tr")
            .Single(row => row.QuerySelector("td[data-label=Name]")?.TextContent.Trim() == "New One").QuerySelector("td[data-label=Calendar]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Sending_the_links_after_an_import_emails_each_imported_person()
    {
        var page = await OpenAsync();
        await UploadAsync(page, "email,name\nnew.one@example.test,New One\nnew.two@example.test,New Two\n");
        page.WaitForElement("button[data-testid=send-imported-links]").Click();

        page.WaitForAssertion(() => Assert.Equal(["new.one@example.test", "new.two@example.test"], ResetEmailsSent()));
    }

    [Fact]
    public async Task A_bad_file_shows_each_problem_and_imports_nobody()
    {
        var page = await OpenAsync();

        await UploadAsync(page, "email,name,country\nnew.one@example.test,New One,XX\nnew.two@example.test,,GB\n");

        page.WaitForAssertion(() => Assert.Equal(
            ["Row 2: Country 'XX' is not supported", "Row 3: Enter a display name of 1 to 100 characters, on one line."],
            page.FindAll("[data-testid=import-problems] li").Select(li => Text(li).Split(':')[0] + ":" + Text(li).Split(':')[1]).ToList()));
        Assert.Equal(TestPeople.Everyone.Count, await PeopleCountAsync());
    }

    private async Task<IRenderedComponent<ContainerFragment>> OpenAsync()
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = RenderPage<Users>();
        page.WaitForAssertion(() => Assert.Equal(TestPeople.Everyone.Count, page.FindAll("[data-testid=users] tbody tr").Count));
        return page;
    }

    private static IRenderedComponent<UserDialog> Edit(IRenderedComponent<ContainerFragment> page, TestPerson person)
    {
        page.FindAll("[data-testid=users] tbody tr")
            .Single(row => row.QuerySelector("td[data-label=Name]")?.TextContent.Trim() == person.DisplayName)
            .QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Edit").Click();
        page.WaitForElement("input[data-testid=user-country]");
        return page.FindComponent<UserDialog>();
    }

    private static async Task ChooseAsync(IRenderedComponent<UserDialog> dialog, string label, string value)
    {
        var select = dialog.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == label);
        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }

    private static async Task UploadAsync(IRenderedComponent<ContainerFragment> page, string csv)
    {
        page.Find("button[data-testid=import-people]").Click();
        page.WaitForElement("[data-testid=import-file]");
        var input = page.FindComponent<InputFile>();
        await input.InvokeAsync(() => input.UploadFiles(InputFileContent.CreateFromText(csv, "people.csv")));
    }

    private static string CalendarOf(IRenderedComponent<ContainerFragment> page, TestPerson person) => CellOf(page, person, "Calendar");

    private static string CellOf(IRenderedComponent<ContainerFragment> page, TestPerson person, string column) =>
        page.FindAll("[data-testid=users] tbody tr")
            .Single(row => row.QuerySelector("td[data-label=Name]")?.TextContent.Trim() == person.DisplayName)
            .QuerySelector($"td[data-label={column}]")?.TextContent.Trim() ?? "";

    private async Task<Employee> PersonAsync(TestPerson person)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Employees.AsNoTracking().SingleAsync(e => e.Id == person.Id);
    }

    private async Task<int> PeopleCountAsync()
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Employees.CountAsync();
    }

    private List<string> ResetEmailsSent()
    {
        using var scope = Database.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Outbox
            .Where(m => m.Kind == EmailKind.PasswordReset).Select(m => m.ToAddress).OrderBy(a => a)];
    }

    private static string Text(AngleSharp.Dom.IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
