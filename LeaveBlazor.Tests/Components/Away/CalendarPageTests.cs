using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Away;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace LeaveBlazor.Tests.Components.Away;

/// <summary>
/// What a person sees on the Calendar page in December 2026: colleagues away without the type, their own leave with
/// it, approved and pending told apart by more than colour, half days, days off, the list by day, filters and months.
/// </summary>
public sealed class CalendarPageTests : LeavePageTest
{
    private static readonly DateOnly Tuesday = LeaveInput.NextMonday.AddDays(1);

    [Fact]
    public async Task A_colleagues_approved_leave_reads_away_without_its_type()
    {
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam));

        var page = Open(TestPeople.Alex);

        Assert.Equal(("Sam Other, away, 8 December, approved", false),
            (string.Join("; ", MarksOf(page, TestPeople.Sam)), page.Markup.Contains("Annual", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task My_own_leave_shows_its_type()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday));

        var page = Open(TestPeople.Alex);

        Assert.Equal(["Alex Employee, Annual, 8 December, not yet approved"], MarksOf(page, TestPeople.Alex));
    }

    [Fact]
    public async Task The_manager_sees_the_type_of_their_reports_leave()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday, approverId: TestPeople.Sam.Id));

        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver);

        var page = Render(TestPeople.Dana);

        Assert.Equal(["Alex Employee, Annual, 8 December, not yet approved"], MarksOf(page, TestPeople.Alex));
    }

    [Fact]
    public async Task Approved_is_solid_with_a_tick_and_pending_hatched_with_a_question_mark()
    {
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam));
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday));

        var page = Open(TestPeople.Alex);

        Assert.Equal(("leave approved wholeday", "✔", "leave pending wholeday", "?"),
            (Mark(page, TestPeople.Sam).ClassName, Mark(page, TestPeople.Sam).TextContent, Mark(page, TestPeople.Alex).ClassName, Mark(page, TestPeople.Alex).TextContent));
    }

    [Fact]
    public async Task A_half_day_fills_half_the_cell()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday) with { HalfDayEnd = true }, TestPeople.Sam);

        var page = Open(TestPeople.Alex);

        Assert.Equal(("leave pending morning", "Sam Other, away in the morning, 8 December, not yet approved"),
            (Mark(page, TestPeople.Sam).ClassName, Mark(page, TestPeople.Sam).GetAttribute("aria-label")));
    }

    [Fact]
    public void Weekends_and_public_holidays_are_shaded_and_named()
    {
        var page = Open(TestPeople.Alex);

        var cells = page.FindAll("tr[data-person=alex] td");
        Assert.Equal(("off", "not a working day", "off holiday", "public holiday"),
            (cells[4].ClassName, cells[4].GetAttribute("title"), cells[24].ClassName, cells[24].TextContent.Trim()));
    }

    [Fact]
    public async Task The_list_by_day_names_who_is_away()
    {
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam));

        var page = Open(TestPeople.Alex);

        var day = page.Find("[data-testid=calendar-list] section[data-day='2026-12-08']");
        Assert.Equal(("Tuesday 8 December", "✔ Sam Other, away, approved"), (day.QuerySelector("h3")!.TextContent, Normalised(day.QuerySelector("li")!.TextContent)));
    }

    [Fact]
    public void The_month_buttons_link_to_the_months_around_keeping_the_filter()
    {
        var page = Open(TestPeople.Alex, team: "team:Office");

        Assert.Equal(["calendar?month=2026-11&team=team%3AOffice", "calendar?month=2026-11&team=team%3AOffice", "calendar?month=2027-01&team=team%3AOffice"],
            new[] { "previous-month", "this-month", "next-month" }.Select(id => page.Find($"a[data-testid={id}]").GetAttribute("href")));
    }

    [Fact]
    public void The_month_in_the_address_is_the_month_shown()
    {
        var page = Open(TestPeople.Alex, month: "2027-03");

        Assert.Equal(("March 2027", 31), (page.Find("[data-testid=calendar-month]").TextContent, page.FindAll("tr[data-person=alex] td").Count));
    }

    [Fact]
    public async Task A_team_shows_only_its_people()
    {
        await Database.SetTeamAsync(TestPeople.Dana, "Office");

        var page = Open(TestPeople.Alex, team: "team:office");

        Assert.Equal(["Dana Manager"], page.FindAll("tbody th.person").Select(th => th.TextContent));
    }

    [Fact]
    public void Choosing_a_team_puts_it_in_the_address()
    {
        var page = Open(TestPeople.Alex);
        var select = page.FindComponent<MudSelect<string>>();

        select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("team:Office"));

        Assert.EndsWith("/calendar?month=2026-12&team=team%3AOffice", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Everyone_is_refused_to_someone_not_admin()
    {
        var page = Open(TestPeople.Alex, team: "everyone");

        Assert.Equal("Only admins can see everyone on the calendar: choose your team or a team by name.", page.Find("[data-testid=calendar-refusal]").TextContent.Trim());
    }

    [Fact]
    public async Task Everyone_for_an_admin_is_every_active_person()
    {
        await SignInAsAdminAsync(TestPeople.Dana);

        var page = Render(TestPeople.Dana, team: "everyone");

        Assert.Equal(["Alex Employee", "Dana Manager", "Sam Other"], page.FindAll("tbody th.person").Select(th => th.TextContent));
    }

    [Fact]
    public async Task An_unknown_team_in_the_address_says_so()
    {
        await Database.SetTeamAsync(TestPeople.Dana, "Office");

        var page = Open(TestPeople.Alex, team: "team:Nowhere");

        Assert.Equal("There is no team 'Nowhere': choose one of Office.", page.Find("[data-testid=calendar-refusal]").TextContent.Trim());
    }

    private IRenderedComponent<ContainerFragment> Open(TestPerson person, string? month = "2026-12", string? team = null)
    {
        SignIn(person, Roles.Employee);
        return Render(person, month, team);
    }

    private IRenderedComponent<ContainerFragment> Render(TestPerson person, string? month = "2026-12", string? team = null)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"calendar?month={month}" + (team is null ? "" : $"&team={Uri.EscapeDataString(team)}"));
        var page = RenderPage<Calendar>();
        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=calendar-grid], [data-testid=calendar-refusal]").Count > 0, $"{person.DisplayName}'s calendar"));
        return page;
    }

    private static AngleSharp.Dom.IElement Mark(IRenderedComponent<ContainerFragment> page, TestPerson person) =>
        page.Find($"tr[data-person={person.Id}] [role=img]");

    private static List<string?> MarksOf(IRenderedComponent<ContainerFragment> page, TestPerson person) =>
        [.. page.FindAll($"tr[data-person={person.Id}] [role=img]").Select(m => m.GetAttribute("aria-label"))];
}
