using System.Diagnostics;
using LeaveBlazor.Bench.Infra;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// 4. The outbox dispatcher sending a backlog of emails the app wrote (receipts and decision requests, whose links it
/// mints as it sends) to smtp-sink, next to a bare MailKit loop sending the same messages over one connection.
/// </summary>
public static class EmailDispatch
{
    private const int Employees = 20;
    private const int WarmUpPasses = 40;
    private const int WarmUpEmails = 10;

    /// <param name="database">The app database (by default a SQLite file of its own).</param>
    /// <param name="where">Put before the figure's name: which database ("" for the SQLite run).</param>
    public static async Task RunAsync(Workspace workspace, BenchSizes sizes, Report report, BenchDatabase? database = null, string where = "")
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await InProcessApp.OpenAsync(database ?? BenchDatabase.Sqlite(workspace.File("dispatch.db")), sink.Port);
        var people = await PeopleAsync(app);
        var day = DateOnly.FromDateTime(DateTime.UtcNow);

        // Measured warm, as a dispatcher that has been running: the JIT took 12% of a cold run's CPU. The runtime
        // recompiles a method optimised after 30 calls, so the warm-up runs that many passes (a batch each), then waits
        // past its tiering delay.
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            day = await FillOutboxAsync(app, people, WarmUpEmails, day);
            await using var warming = app.Services.CreateAsyncScope();
            await app.Dispatcher(warming).DispatchAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));

        await FillOutboxAsync(app, people, sizes.DispatchEmails, day);

        var composing = Stopwatch.StartNew();
        var messages = await ComposeAsync(app);
        var composeMicroseconds = composing.Elapsed.TotalMicroseconds / messages.Count;
        Console.WriteLine($"    {messages.Count:N0} emails in the outbox; sending");
        var rawBefore = await RawSendPerSecondAsync(sink.Port, messages);

        var (run, took) = await ProfileWindow.AroundAsync(where.Length == 0 ? "dispatch" : null, async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var clock = Stopwatch.StartNew();
            var sent = await app.Dispatcher(scope).DispatchAsync();
            return (sent, clock.Elapsed);
        });
        var perSecond = run.Sent / took.TotalSeconds;
        var rawAfter = await RawSendPerSecondAsync(sink.Port, messages);
        var raw = (rawBefore + rawAfter) / 2;
        var ratio = perSecond / raw;
        report.Add(new Figure(
            $"{where}4. Outbox dispatch: {run.Sent:N0} of {messages.Count:N0} emails sent",
            $"{Report.Number(perSecond)} emails/s ({run}; reading and composing alone: {Report.Number(composeMicroseconds)} µs an email)",
            $"{Report.Number(raw)} msgs/s (MailKit loop: {Report.Number(rawBefore)} before, {Report.Number(rawAfter)} after)",
            Report.Number(ratio, "0.00"),
            "≥ 0.8 of raw",
            ratio >= 0.8 && run.Sent == messages.Count));
    }

    private static async Task<(string Approver, List<string> Employees)> PeopleAsync(InProcessApp app)
    {
        var approver = await app.CreatePersonAsync("boss@bench.test", "Bea Boss", null, Web.Identity.Roles.Approver);
        var employees = new List<string>();
        for (var i = 0; i < Employees; i++)
        {
            employees.Add(await app.CreatePersonAsync($"employee{i}@bench.test", $"Employee {i}", approver));
        }

        await app.AllowAnnualLeaveOnEveryDayAsync();
        return (approver, employees);
    }

    /// <summary>Half as many submissions as emails wanted, each writing a receipt and a decision request, on working days after <paramref name="day"/>; returns the last day used.</summary>
    private static async Task<DateOnly> FillOutboxAsync(InProcessApp app, (string Approver, List<string> Employees) people, int emails, DateOnly day)
    {
        var calendar = app.StandardCalendar();
        for (var submitted = 0; submitted < emails / 2;)
        {
            day = day.AddDays(1);
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            foreach (var employee in people.Employees.Take(emails / 2 - submitted))
            {
                await app.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
                    employee, new NewLeaveRequest("Annual", day, day, false, false, "Bench", people.Approver), LeaveChannel.Api));
                submitted++;
            }
        }

        return day;
    }

    /// <summary>The outbox's emails as they will leave, links filled with stand-in tokens (the raw loop mints none).</summary>
    private static async Task<List<MimeMessage>> ComposeAsync(InProcessApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mail = scope.ServiceProvider.GetRequiredService<IOptions<MailOptions>>().Value;
        var rows = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Outbox.AsNoTracking()
            .Where(m => m.State == OutboxState.Pending).OrderBy(m => m.Id).ToListAsync();
        return rows.Select(row =>
        {
            var stand = new string('x', 43);
            var bodies = new EmailBodies(row.HtmlBody.Replace("{{approve-link}}", stand).Replace("{{reject-link}}", stand),
                row.TextBody.Replace("{{approve-link}}", stand).Replace("{{reject-link}}", stand));
            return OutboxEmail.Compose(row, OutboxEmail.Recipient(row)!, bodies, mail);
        }).ToList();
    }

    private static async Task<double> RawSendPerSecondAsync(int port, List<MimeMessage> messages)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(await SmtpSocket.ConnectAsync("127.0.0.1", port, TimeSpan.FromSeconds(10), CancellationToken.None), "127.0.0.1", port, SecureSocketOptions.None);
        var clock = Stopwatch.StartNew();
        foreach (var message in messages)
        {
            await client.SendAsync(message);
        }

        var perSecond = messages.Count / clock.Elapsed.TotalSeconds;
        await client.DisconnectAsync(quit: true);
        return perSecond;
    }
}
