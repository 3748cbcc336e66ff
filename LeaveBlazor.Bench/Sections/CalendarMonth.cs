using System.Diagnostics;
using LeaveBlazor.Bench.Infra;
using LeaveBlazor.Core.Away;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// 6. The team calendar (<see cref="TeamCalendar"/>, as the Calendar page and <c>GET /api/calendar</c> read it) for a
/// manager of many people with a year of approved and pending leave: one month, and the longest range (366 days).
/// Server time only: the read in this process, without HTTP or rendering.
/// </summary>
public static class CalendarMonth
{
    public static async Task RunAsync(Workspace workspace, BenchSizes sizes, Report report)
    {
        var databaseFile = workspace.File("calendar.db");
        await using var app = await InProcessApp.OpenAsync(databaseFile);
        var manager = await SeedAsync(app, databaseFile, sizes);
        var viewer = new Viewer(manager, IsAdmin: false);
        var month = CalendarMonths.FirstDay(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1));
        Console.WriteLine($"    {sizes.CalendarPeople:N0} people with {sizes.CalendarAbsences:N0} absences over a year; reading the calendar {sizes.CalendarReads} times each");

        var monthRead = await MeasureAsync(app, viewer, month, CalendarMonths.LastDay(month), sizes.CalendarReads);
        report.Add(new Figure(
            $"6. Team calendar, one month: {monthRead.People:N0} people, {monthRead.Absences:N0} absences in it (server time, {sizes.CalendarReads} reads)",
            monthRead.Times.Summary(),
            Target: "p95 < 250 ms",
            Met: monthRead.Times.Percentile(95) < 250 && monthRead.People == sizes.CalendarPeople + 1));
        var yearRead = await MeasureAsync(app, viewer, month, month.AddDays(TeamCalendar.MaxDays - 1), sizes.CalendarReads);
        report.Add(new Figure(
            $"6. Team calendar, {TeamCalendar.MaxDays} days (the API's longest): {yearRead.Absences:N0} absences",
            yearRead.Times.Summary()));
    }

    private static async Task<(Latencies Times, int People, int Absences)> MeasureAsync(InProcessApp app, Viewer viewer, DateOnly from, DateOnly to, int reads)
    {
        var first = await app.InScopeAsync<TeamCalendar, TeamCalendarView>(calendar => calendar.ReadAsync(viewer, from, to, CalendarScope.Mine)); // warm-up
        var times = new List<double>();
        for (var i = 0; i < reads; i++)
        {
            var clock = Stopwatch.StartNew();
            await app.InScopeAsync<TeamCalendar, TeamCalendarView>(calendar => calendar.ReadAsync(viewer, from, to, CalendarScope.Mine));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (new Latencies(times), first.People.Count, first.People.Sum(p => p.Absences.Count));
    }

    /// <summary>A manager, one real request of one of their people, then copies of the person and of the request spread over the next year.</summary>
    private static async Task<string> SeedAsync(InProcessApp app, string databaseFile, BenchSizes sizes)
    {
        var manager = await app.CreatePersonAsync("manager@bench.test", "Mia Manager", null, Roles.Approver);
        var person = await app.CreatePersonAsync("person@bench.test", "Pat Person", manager);
        var calendar = app.StandardCalendar();
        var day = calendar.WorkingDayFrom(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));

        var template = await app.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            person, new NewLeaveRequest("Annual", day, day, false, false, "Bench", manager), LeaveChannel.Api));

        await BulkRows.CopyAsync(databaseFile, "Employees", "Email", "person@bench.test", sizes.CalendarPeople - 1, new Dictionary<string, string>
        {
            ["Id"] = "printf('cal-%04d', i)",
            ["Email"] = "printf('cal-%04d@bench.test', i)",
            ["DisplayName"] = "printf('Colleague %04d', i)",
        });

        // Each copy starts on one of the next 365 days and lasts one to five days; half are approved, some are half days.
        await BulkRows.CopyAsync(databaseFile, "LeaveRequests", "Reference", template.Reference, sizes.CalendarAbsences - 1, new Dictionary<string, string>
        {
            ["Id"] = BulkRows.IdExpression(series: 6),
            ["Reference"] = "printf('LR-C-%07d', i)",
            ["RequesterId"] = $"CASE WHEN i % {sizes.CalendarPeople} = 0 THEN t.\"RequesterId\" ELSE printf('cal-%04d', i % {sizes.CalendarPeople} - 1) END",
            ["FirstDay"] = "date(@start, printf('+%d days', (i * 37) % 365))",
            ["LastDay"] = "date(@start, printf('+%d days', (i * 37) % 365 + i % 5))",
            ["HalfDayStart"] = "i % 7 = 0",
            ["Status"] = "CASE WHEN i % 2 = 0 THEN 'Approved' ELSE 'Pending' END",
        }, new Dictionary<string, object> { ["@start"] = DateTime.UtcNow.ToString("yyyy-MM-01", System.Globalization.CultureInfo.InvariantCulture) });
        return manager;
    }
}
