using LeaveBlazor.Core.Away;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Away;

/// <summary>
/// The team calendar a person reads: whose rows they see in each scope, each person's days off from their own working
/// calendar, and their approved and pending leave with the type only for those who may know it.
/// </summary>
public sealed class TeamCalendarTests : FreshDatabaseTest
{
    private static readonly DateOnly December = new(2026, 12, 1);
    private static readonly DateOnly EndOfDecember = new(2026, 12, 31);
    private static readonly DateOnly Tuesday = LeaveInput.NextMonday.AddDays(1);

    [Fact]
    public async Task Mine_is_the_viewer_and_those_who_share_their_manager()
    {
        var calendar = await ReadAsync(TestPeople.Alex.Viewer);

        Assert.Equal(["Alex Employee", "Sam Other"], calendar.People.Select(p => p.Name));
    }

    [Fact]
    public async Task Mine_for_a_manager_adds_the_people_they_manage()
    {
        var calendar = await ReadAsync(TestPeople.Dana.Viewer);

        Assert.Equal(["Alex Employee", "Dana Manager", "Sam Other"], calendar.People.Select(p => p.Name));
    }

    [Fact]
    public async Task A_colleagues_leave_shows_as_away_without_its_type()
    {
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam));

        var absence = Assert.Single(Row(await ReadAsync(TestPeople.Alex.Viewer), TestPeople.Sam).Absences);

        Assert.Equal("Sam Other, away, 8 December, approved", absence.AccessibleName("Sam Other", Tuesday));
    }

    [Fact]
    public async Task The_person_sees_their_own_leave_type()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday));

        var absence = Assert.Single(Row(await ReadAsync(TestPeople.Alex.Viewer), TestPeople.Alex).Absences);

        Assert.Equal("Alex Employee, Annual, 8 December, not yet approved", absence.AccessibleName("Alex Employee", Tuesday));
    }

    [Fact]
    public async Task The_requests_approver_sees_the_type_of_someone_they_do_not_manage()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday, approverId: TestPeople.Sam.Id), TestPeople.Dana);

        var absence = Assert.Single(Row(await ReadAsync(TestPeople.Sam.Viewer, CalendarScope.Team("Office")), TestPeople.Dana).Absences);

        Assert.Equal("Annual", absence.LeaveType);
    }

    [Fact]
    public async Task The_manager_and_admins_see_the_type()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday, approverId: TestPeople.Sam.Id));

        var byManager = Row(await ReadAsync(TestPeople.Dana.Viewer), TestPeople.Alex).Absences.Single();
        var byAdmin = Row(await ReadAsync(TestPeople.Sam.AsAdmin, CalendarScope.Everyone), TestPeople.Alex).Absences.Single();

        Assert.Equal(("Annual", "Annual"), (byManager.LeaveType, byAdmin.LeaveType));
    }

    [Fact]
    public async Task Rejected_and_cancelled_leave_and_leave_in_other_months_are_left_out()
    {
        await Database.RejectAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam));
        await Database.CancelAsync(await Database.SubmitAsync(LeaveInput.Annual(Tuesday.AddDays(1)), TestPeople.Sam), TestPeople.Sam);
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2027, 1, 5)), TestPeople.Sam);

        Assert.Empty(Row(await ReadAsync(TestPeople.Alex.Viewer), TestPeople.Sam).Absences);
    }

    [Fact]
    public async Task Leave_that_starts_before_the_month_shows_in_it()
    {
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2)), TestPeople.Sam);

        var absence = Assert.Single(Row(await ReadAsync(TestPeople.Alex.Viewer), TestPeople.Sam).Absences);

        Assert.True(absence.Covers(December));
    }

    [Fact]
    public async Task Leave_over_a_weekend_takes_only_the_working_days()
    {
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 11), new DateOnly(2026, 12, 14)), TestPeople.Sam);

        var sam = Row(await ReadAsync(TestPeople.Alex.Viewer), TestPeople.Sam);

        Assert.Equal(["2026-12-11", "2026-12-14"], sam.Absences.Count == 1
            ? Enumerable.Range(10, 6).Select(d => new DateOnly(2026, 12, d)).Where(d => sam.AbsenceOn(d) is not null).Select(d => d.ToString("yyyy-MM-dd"))
            : []);
    }

    [Fact]
    public async Task The_list_by_day_names_who_is_away()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday), TestPeople.Sam);

        var calendar = await ReadAsync(TestPeople.Alex.Viewer);

        Assert.Equal(["Sam Other: away, not yet approved"], calendar.AwayOn(Tuesday).Select(a => $"{a.Person.Name}: {a.Absence.DescribeOn(Tuesday)}"));
    }

    [Fact]
    public async Task A_half_day_at_the_start_takes_the_afternoon()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Tuesday) with { HalfDayStart = true }, TestPeople.Sam);

        var absence = Assert.Single(Row(await ReadAsync(TestPeople.Alex.Viewer), TestPeople.Sam).Absences);

        Assert.Equal("Sam Other, away in the afternoon, 8 December, not yet approved", absence.AccessibleName("Sam Other", Tuesday));
    }

    [Fact]
    public async Task Weekends_public_holidays_and_company_days_are_days_off()
    {
        await Database.AddCompanyDayAsync(new DateOnly(2026, 12, 23));
        await Database.AddCompanyDayAsync(new DateOnly(2026, 12, 24), halfDay: true);

        var alex = Row(await ReadAsync(TestPeople.Alex.Viewer), TestPeople.Alex);

        Assert.Equal(
            (CalendarDay.NotWorked, CalendarDay.PublicHoliday, CalendarDay.CompanyClosure, CalendarDay.MorningOnly, CalendarDay.Working),
            (alex.KindOf(new DateOnly(2026, 12, 5)), alex.KindOf(new DateOnly(2026, 12, 25)), alex.KindOf(new DateOnly(2026, 12, 23)),
                alex.KindOf(new DateOnly(2026, 12, 24)), alex.KindOf(Tuesday)));
    }

    [Fact]
    public async Task Each_person_has_the_holidays_of_their_own_region()
    {
        await Database.SetTermsAsync(TestPeople.Sam, new("GB", "SCT", WorkingPattern.MondayToFriday));

        var calendar = await ReadAsync(TestPeople.Alex.Viewer, to: new DateOnly(2027, 1, 31));

        // 4 January 2027 is a bank holiday in Scotland only.
        Assert.Equal((CalendarDay.Working, CalendarDay.PublicHoliday),
            (Row(calendar, TestPeople.Alex).KindOf(new DateOnly(2027, 1, 4)), Row(calendar, TestPeople.Sam).KindOf(new DateOnly(2027, 1, 4))));
    }

    [Fact]
    public async Task A_team_is_found_whatever_the_case_of_its_name()
    {
        await SetTeamAsync(TestPeople.Alex, "Sales");
        await SetTeamAsync(TestPeople.Dana, "sales");

        var calendar = await ReadAsync(TestPeople.Sam.Viewer, CalendarScope.Parse("team:SALES"));

        Assert.Equal(["Alex Employee", "Dana Manager"], calendar.People.Select(p => p.Name));
    }

    [Fact]
    public async Task An_unknown_team_is_refused_on_the_team_field_naming_it()
    {
        await SetTeamAsync(TestPeople.Alex, "Sales");

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => ReadAsync(TestPeople.Alex.Viewer, CalendarScope.Team("Salse")));

        Assert.Equal(["There is no team 'Salse': choose one of Office, Sales."], refused.Errors[TeamCalendarFields.Team]);
    }

    [Fact]
    public async Task Everyone_is_refused_to_someone_not_admin()
    {
        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => ReadAsync(TestPeople.Alex.Viewer, CalendarScope.Everyone));

        Assert.Equal("Only admins can see everyone on the calendar: choose your team or a team by name.", refused.Message);
    }

    [Fact]
    public async Task Everyone_for_an_admin_is_every_active_person()
    {
        var calendar = await ReadAsync(TestPeople.Alex.AsAdmin, CalendarScope.Everyone);

        Assert.Equal(["Alex Employee", "Dana Manager", "Sam Other"], calendar.People.Select(p => p.Name));
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_refused_on_the_end()
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => ReadAsync(TestPeople.Alex.Viewer, to: new DateOnly(2026, 11, 30)));

        Assert.Equal(["The end (2026-11-30) is before the start (2026-12-01): the end can be the start at the earliest."], refused.Errors[TeamCalendarFields.To]);
    }

    [Fact]
    public async Task A_range_over_366_days_is_refused()
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => ReadAsync(TestPeople.Alex.Viewer, to: December.AddDays(366)));

        Assert.Equal(["The range from 2026-12-01 to 2027-12-02 is 367 days: ask for 366 days at most, such as a month at a time."], refused.Errors[TeamCalendarFields.To]);
    }

    [Fact]
    public async Task The_teams_are_listed_once_each_by_name()
    {
        await SetTeamAsync(TestPeople.Alex, "Sales");
        await SetTeamAsync(TestPeople.Dana, "sales");
        await SetTeamAsync(TestPeople.Sam, "Office");
        await SetTeamAsync(TestPeople.Ivy, "Left");

        var teams = await Database.InScopeAsync<TeamCalendar, IReadOnlyList<string>>(calendar => calendar.TeamsAsync());

        Assert.Equal(["Office", "Sales"], teams);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SetTeamAsync(TestPeople.Dana, "Office");
    }

    private Task<TeamCalendarView> ReadAsync(Viewer viewer, CalendarScope? scope = null, DateOnly? to = null) =>
        Database.InScopeAsync<TeamCalendar, TeamCalendarView>(calendar => calendar.ReadAsync(viewer, December, to ?? EndOfDecember, scope ?? CalendarScope.Mine));

    private static CalendarPerson Row(TeamCalendarView calendar, TestPerson person) => calendar.People.Single(p => p.Id == person.Id);

    private Task SetTeamAsync(TestPerson person, string team) => Database.SetTeamAsync(person, team);
}
