using System.Diagnostics;
using LeaveBlazor.Bench.Infra;
using LeaveBlazor.Core.Feeds;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// Issue 17: the team feed of one person in a team of <see cref="BenchSizes.FeedPeople"/> (all reporting to one
/// manager), each with <see cref="LeavePerPerson"/> approved or pending requests over the feed's range; the server time
/// of building it (<see cref="CalendarFeeds.ReadAsync"/>: the team calendar's query, the iCalendar text and its tag),
/// read <see cref="BenchSizes.FeedReads"/> times one after another.
/// </summary>
public static class TeamFeed
{
    private const int LeavePerPerson = 10;

    public static async Task RunAsync(Workspace workspace, BenchSizes sizes, Report report)
    {
        var databaseFile = workspace.File("feeds.db");
        await using var app = await InProcessApp.OpenAsync(databaseFile);
        var member = await SeedAsync(app, databaseFile, sizes.FeedPeople);
        var url = await app.InScopeAsync<CalendarFeeds, string>(feeds => feeds.CreateOrResetAsync(member, CalendarFeedKind.Team));
        var token = url[(url.LastIndexOf('/') + 1)..^".ics".Length];
        Console.WriteLine($"    {sizes.FeedPeople} people with {sizes.FeedPeople * LeavePerPerson:N0} requests stored; reading the team feed {sizes.FeedReads} times");

        var first = await app.InScopeAsync<CalendarFeeds, FeedContent?>(feeds => feeds.ReadAsync(token))
            ?? throw new InvalidOperationException("The team feed read nothing.");
        var times = new List<double>();
        for (var read = 0; read < sizes.FeedReads; read++)
        {
            var clock = Stopwatch.StartNew();
            var feed = await app.InScopeAsync<CalendarFeeds, FeedContent?>(feeds => feeds.ReadAsync(token));
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (feed?.ETag != first.ETag)
            {
                throw new InvalidOperationException("The team feed changed between reads of an unchanged database.");
            }
        }

        var events = first.Text.Split("\r\n").Count(line => line == "BEGIN:VEVENT");
        var latencies = new Latencies(times);
        report.Add(new Figure(
            $"17. Team feed for {sizes.FeedPeople} people: server time to build it ({events:N0} events, {first.Text.Length / 1024:N0} KiB)",
            latencies.Summary(),
            Target: "p95 < 1 s",
            Met: latencies.Percentile(95) < 1000));
    }

    /// <summary>One real person and request, then copies of both: everyone reports to one manager, so each is in everyone's team.</summary>
    private static async Task<string> SeedAsync(InProcessApp app, string databaseFile, int people)
    {
        var manager = await app.CreatePersonAsync("manager@feeds.test", "Mia Manager", null, Roles.Approver);
        var member = await app.CreatePersonAsync("member@feeds.test", "Max Member", manager);
        var calendar = app.StandardCalendar();
        var day = calendar.WorkingDayFrom(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));

        var template = await app.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            member, new NewLeaveRequest("Annual", day, day, false, false, "Bench", manager), LeaveChannel.Api));

        await BulkRows.CopyAsync(databaseFile, "Employees", "Email", "member@feeds.test", people - 1, new Dictionary<string, string>
        {
            ["Id"] = "printf('feed-%04d', i)",
            ["Email"] = "printf('feed-%04d@feeds.test', i)",
            ["DisplayName"] = "printf('Colleague %04d', i)",
        });

        // Each person's leave a month apart, from two months back, a third still pending; the member's own among them.
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2).ToString("yyyy-MM-dd");
        await BulkRows.CopyAsync(databaseFile, "LeaveRequests", "Reference", template.Reference, people * LeavePerPerson, new Dictionary<string, string>
        {
            ["Id"] = BulkRows.IdExpression(series: 17),
            ["Reference"] = "printf('LR-F-%07d', i)",
            ["RequesterId"] = $"CASE WHEN i % {people} = 0 THEN @member ELSE printf('feed-%04d', i % {people} - 1) END",
            ["FirstDay"] = $"date(@start, '+' || ((i / {people}) * 30 + i % 25) || ' days')",
            ["LastDay"] = $"date(@start, '+' || ((i / {people}) * 30 + i % 25 + i % 4) || ' days')",
            ["Status"] = "CASE WHEN i % 3 = 0 THEN 'Pending' ELSE 'Approved' END",
        }, new Dictionary<string, object>
        {
            ["@member"] = member,
            ["@start"] = start,
        });
        return member;
    }
}
