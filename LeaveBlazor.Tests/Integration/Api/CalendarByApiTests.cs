using System.Text.Json;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>Who is away from a script: the people in a scope with their leave, the type only where the caller may know it, and what is refused.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class CalendarByApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task A_colleagues_leave_comes_without_its_type_or_reason()
    {
        var request = await app.AlexAsksDanaAsync();
        var sam = await app.ClientAsync(LeaveApp.SamEmail);

        var absence = AbsenceOf(await CalendarAsync(sam, Day(request)), request);

        Assert.Equal((JsonValueKind.Null, "Pending", false), (absence.GetProperty("type").ValueKind, absence.GetProperty("state").GetString(), absence.TryGetProperty("reason", out _)));
    }

    [Fact]
    public async Task My_own_leave_and_my_reports_leave_come_with_the_type()
    {
        var request = await app.AlexAsksDanaAsync();

        var byAlex = AbsenceOf(await CalendarAsync(await app.ClientAsync(LeaveApp.AlexEmail), Day(request)), request);
        var byDana = AbsenceOf(await CalendarAsync(await app.ClientAsync(LeaveApp.DanaEmail), Day(request)), request);

        Assert.Equal(("Annual", "Annual"), (byAlex.GetProperty("type").GetString(), byDana.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task By_default_it_is_this_month_for_me_and_those_who_share_my_manager()
    {
        var today = app.Services.GetRequiredService<LeaveClock>().Today;

        var body = await (await (await app.ClientAsync(LeaveApp.AlexEmail)).GetAsync("/api/calendar")).ReadJsonAsync();

        Assert.Equal(($"{today:yyyy-MM}-01", "mine", "Alex Employee, Sam Colleague"),
            (body.GetProperty("from").GetString(), body.GetProperty("team").GetString(), string.Join(", ", Names(body))));
    }

    [Fact]
    public async Task Days_off_are_listed_with_their_kind()
    {
        var body = await (await (await app.ClientAsync(LeaveApp.AlexEmail)).GetAsync("/api/calendar?from=2030-12-21&to=2030-12-25")).ReadJsonAsync();

        var alex = body.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Alex Employee");
        Assert.Equal(["2030-12-21 NotWorked", "2030-12-22 NotWorked", "2030-12-25 PublicHoliday"],
            alex.GetProperty("daysOff").EnumerateArray().Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("kind").GetString()}"));
    }

    [Fact]
    public async Task A_team_is_read_by_name_in_any_case()
    {
        await SetTeamAsync(LeaveApp.SamEmail, "Calendar API testers");
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var body = await (await alex.GetAsync("/api/calendar?team=calendar%20api%20TESTERS")).ReadJsonAsync();

        Assert.Equal(("team:calendar api TESTERS", "Sam Colleague"), (body.GetProperty("team").GetString(), string.Join(", ", Names(body))));
    }

    [Fact]
    public async Task Everyone_is_for_admins()
    {
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        var body = await (await admin.GetAsync("/api/calendar?team=everyone")).ReadJsonAsync();

        Assert.Subset(Names(body).ToHashSet(), new HashSet<string> { "Ada Admin", "Alex Employee", "Dana Manager", "Sam Colleague" });
    }

    [Fact]
    public async Task Everyone_is_refused_to_anyone_else_with_403()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var problem = await (await alex.GetAsync("/api/calendar?team=everyone")).ReadProblemAsync();

        Assert.Equal((403, "application/problem+json", "Only admins can see everyone on the calendar: choose your team or a team by name."),
            (problem.Status, problem.ContentType, problem.Detail));
    }

    [Theory]
    [InlineData("?from=2027-03-10&to=2027-03-01", "to", "The end (2027-03-01) is before the start (2027-03-10): the end can be the start at the earliest.")]
    [InlineData("?from=2027-01-01&to=2028-01-02", "to", "The range from 2027-01-01 to 2028-01-02 is 367 days: ask for 366 days at most, such as a month at a time.")]
    [InlineData("?from=2027-02-30", "from", "from must be a real date written yyyy-mm-dd, such as 2026-12-01.")]
    [InlineData("?from=2027-03-01&to=March", "to", "to must be a real date written yyyy-mm-dd, such as 2026-12-01.")]
    [InlineData("?team=team:No%20such%20team", "team", "There is no team 'No such team': ")]
    public async Task Bad_input_is_refused_on_its_field(string query, string field, string start)
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var problem = await (await alex.GetAsync($"/api/calendar{query}")).ReadProblemAsync();

        Assert.Equal((400, true), (problem.Status, problem.ErrorFor(field).StartsWith(start, StringComparison.Ordinal)));
    }

    private static string Day(LeaveRequest request) => $"?from={request.FirstDay:yyyy-MM-dd}&to={request.LastDay:yyyy-MM-dd}";

    private static async Task<JsonElement> CalendarAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/calendar{query}")).ReadJsonAsync();

    private static JsonElement AbsenceOf(JsonElement calendar, LeaveRequest request) =>
        calendar.GetProperty("people").EnumerateArray().SelectMany(p => p.GetProperty("absences").EnumerateArray())
            .Single(a => a.GetProperty("ref").GetString() == request.Reference);

    private static List<string> Names(JsonElement calendar) =>
        [.. calendar.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];

    private async Task SetTeamAsync(string email, string team)
    {
        var id = (await app.EmployeeAsync(email)).Id;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        (await db.Employees.SingleAsync(e => e.Id == id)).Team = team;
        await db.SaveChangesAsync();
    }
}
