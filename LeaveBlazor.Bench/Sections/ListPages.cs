using System.Diagnostics;
using System.Globalization;
using LeaveBlazor.Bench.Infra;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// 6. The long lists' first render: My requests of someone with many requests, the inbox of an approver with many
/// waiting, the admin outbox with many sent emails and the admin users with as many more people. Each page is read as a browser first reads it, a GET of the
/// server-rendered HTML from the app process over loopback (so the figure is the server's time plus one loopback
/// round trip), signed in with the sign-in form.
/// </summary>
public static class ListPages
{
    private const string Requester = "pat@bench.test";
    private const string Approver = "mia@bench.test";
    private const string Admin = "ada@bench.test";
    private const int Colleagues = 500;

    public static async Task RunAsync(Workspace workspace, BenchSizes sizes, Report report)
    {
        await using var sink = await SmtpSink.StartAsync();
        var database = workspace.File("lists.db");
        await SeedAsync(database, sizes.ListRows);
        await using var app = await AppProcess.StartAsync(workspace, BenchDatabase.Sqlite(database), sink.Port);
        Console.WriteLine($"    {sizes.ListRows:N0} requests of one person, {sizes.ListRows:N0} waiting for one approver, {sizes.ListRows:N0} sent emails, {sizes.ListRows:N0} more people; each list read {sizes.ListReads} times");

        var sent = (await SentOnceSettledAsync(database)).ToString("N0", CultureInfo.InvariantCulture);
        await MeasureAsync(app, Requester, "requests", $"of {Plus(sizes.ListRows, 1)} requests", $"6. My requests, first page of {Plus(sizes.ListRows, 1)} (server-rendered page, {sizes.ListReads} reads)", sizes, report);
        await MeasureAsync(app, Approver, "inbox", $"of {Plus(sizes.ListRows, 1)} requests waiting", $"6. Inbox, first page of {Plus(sizes.ListRows, 1)} waiting, with each row's balance and team", sizes, report);
        await MeasureAsync(app, Admin, "admin/outbox?state=sent", $"of {sent} emails", $"6. Admin outbox, first page of {sent} sent emails", sizes, report);
        var people = Plus(sizes.ListRows, Colleagues + 3);
        await MeasureAsync(app, Admin, "admin/users", $"of {people} people", $"6. Admin users, first page of {people} people", sizes, report);
    }

    private static async Task MeasureAsync(AppProcess app, string email, string path, string caption, string measure, BenchSizes sizes, Report report)
    {
        using var visitor = await PageVisitor.SignedInAsync(app.BaseAddress, email);
        var html = await visitor.ReadAsync(path); // warm-up, and proof the whole list is behind the page
        if (!html.Contains(caption, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"/{path} does not say '{caption}': the list is not what the bench wrote.");
        }

        var times = new List<double>();
        for (var i = 0; i < sizes.ListReads; i++)
        {
            var clock = Stopwatch.StartNew();
            await visitor.ReadAsync(path);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var latencies = new Latencies(times);
        report.Add(new Figure(measure, $"{latencies.Summary()} ({html.Length / 1024:N0} KiB of HTML)", Target: "p95 < 100 ms", Met: latencies.Percentile(95) < 100));
    }

    /// <summary>
    /// An approver, a person who asks them for leave, and an admin; one real request, then copies of it: the person's
    /// past requests (approved, one a day back), requests waiting for the approver from 500 colleagues over the next
    /// year, sent emails, and more people in the directory.
    /// </summary>
    private static async Task SeedAsync(string databaseFile, int rows)
    {
        string template;
        await using (var app = await InProcessApp.OpenAsync(databaseFile))
        {
            await app.AllowAnnualLeaveOnEveryDayAsync();
            var approver = await app.CreatePersonAsync(Approver, "Mia Manager", null, Roles.Approver);
            var person = await app.CreatePersonAsync(Requester, "Pat Person", approver);
            await app.CreatePersonAsync(Admin, "Ada Admin", null, Roles.Admin);
            var calendar = app.StandardCalendar();
            var day = calendar.WorkingDayFrom(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));

            template = (await app.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
                person, new NewLeaveRequest("Annual", day, day, false, false, "Bench", approver), LeaveChannel.Api))).Reference;
        }

        var today = new Dictionary<string, object> { ["@today"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        await BulkRows.CopyAsync(databaseFile, "LeaveRequests", "Reference", template, rows, new Dictionary<string, string>
        {
            ["Id"] = BulkRows.IdExpression(series: 8),
            ["Reference"] = "printf('LR-P-%07d', i)",
            ["FirstDay"] = "date(@today, printf('-%d days', i + 1))",
            ["LastDay"] = "date(@today, printf('-%d days', i + 1))",
            ["Status"] = "'Approved'",
            ["NextReminderDue"] = "NULL",
        }, today);
        await BulkRows.CopyAsync(databaseFile, "Employees", "Email", Requester, Colleagues, new Dictionary<string, string>
        {
            ["Id"] = "printf('lst-%04d', i)",
            ["Email"] = "printf('lst-%04d@bench.test', i)",
            ["DisplayName"] = "printf('Colleague %04d', i)",
        });
        await BulkRows.CopyAsync(databaseFile, "Employees", "Email", Requester, rows, new Dictionary<string, string>
        {
            ["Id"] = "printf('usr-%06d', i)",
            ["Email"] = "printf('usr-%06d@bench.test', i)",
            ["DisplayName"] = "printf('Staff %06d', i)",
            ["ManagerId"] = "NULL", // not the approver's team, which the inbox and My requests read
        });
        await BulkRows.CopyAsync(databaseFile, "LeaveRequests", "Reference", template, rows, new Dictionary<string, string>
        {
            ["Id"] = BulkRows.IdExpression(series: 9),
            ["Reference"] = "printf('LR-W-%07d', i)",
            ["RequesterId"] = "printf('lst-%04d', i % 500)",
            ["FirstDay"] = "date(@today, printf('+%d days', 1 + (i * 37) % 365))",
            ["LastDay"] = "date(@today, printf('+%d days', 1 + (i * 37) % 365))",
            ["NextReminderDue"] = "NULL",
        }, today);
        await BulkRows.CopyAsync(databaseFile, "Outbox", "Key", (string)await BulkRows.ScalarAsync(databaseFile, "SELECT \"Key\" FROM \"Outbox\" ORDER BY \"Id\" LIMIT 1"), rows, new Dictionary<string, string>
        {
            ["Id"] = "NULL",
            ["Key"] = BulkRows.IdExpression(series: 10),
            ["State"] = "'Sent'",
            ["SentAt"] = "t.\"CreatedAt\"",
        });
    }

    /// <summary>How many emails are sent once the app has sent the template request's own (the copies were written as sent).</summary>
    private static async Task<long> SentOnceSettledAsync(string databaseFile)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await BulkRows.CountAsync(databaseFile, "SELECT COUNT(*) FROM \"Outbox\" WHERE \"State\" <> 'Sent'") == 0)
            {
                return await BulkRows.CountAsync(databaseFile, "SELECT COUNT(*) FROM \"Outbox\"");
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The app did not send the seeded request's emails within 30 s.");
    }

    private static string Plus(int rows, int more) => (rows + more).ToString("N0", CultureInfo.InvariantCulture);
}
