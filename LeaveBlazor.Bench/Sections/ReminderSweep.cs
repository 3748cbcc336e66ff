using System.Diagnostics;
using LeaveBlazor.Bench.Infra;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// 3. One pass of the reminder job (<see cref="SendDueReminders"/>, as the send-reminders job runs it) over a database
/// where every pending request is due, and over a ten times larger one where 1% is due (so the pass must not scan).
/// </summary>
public static class ReminderSweep
{
    private const int Requesters = 1000;

    public static async Task RunAsync(Workspace workspace, BenchSizes sizes, Report report)
    {
        await MeasureAsync(workspace.File("sweep-all-due.db"), sizes.SweepAllDue, duePercent: 100, TimeSpan.FromSeconds(10), report);
        await MeasureAsync(workspace.File("sweep-few-due.db"), sizes.SweepLarge, sizes.SweepLargeDuePercent, TimeSpan.FromSeconds(2), report);
    }

    private static async Task MeasureAsync(string databaseFile, int requests, int duePercent, TimeSpan target, Report report)
    {
        await using var app = await InProcessApp.OpenAsync(databaseFile);
        await SeedAsync(app, databaseFile, requests, duePercent);
        var due = requests * duePercent / 100;
        Console.WriteLine($"    {requests:N0} pending requests stored, {due:N0} due; running the reminder job");

        var clock = Stopwatch.StartNew();
        var run = await app.InScopeAsync<SendDueReminders, ReminderRun>(job => job.ExecuteAsync());
        var elapsed = clock.Elapsed;

        var reminders = await BulkRows.CountAsync(databaseFile, "SELECT COUNT(*) FROM Outbox WHERE Kind = 'Reminder'");
        var stillDue = await BulkRows.CountAsync(databaseFile,
            $"SELECT COUNT(*) FROM LeaveRequests WHERE Status = 'Pending' AND NextReminderDue <= {BulkRows.Stored(DateTimeOffset.UtcNow)}");
        var complete = run.Reminded == due && reminders == due && stillDue == 0 && run.Failed == 0;
        report.Add(new Figure(
            $"3. Reminder pass: {due:N0} due of {requests:N0} pending",
            $"{Report.Number(elapsed.TotalSeconds, "0.00")} s ({Report.Number(due / elapsed.TotalSeconds)} reminders/s; {reminders:N0} written, {stillDue} left due)",
            Target: $"< {target.TotalSeconds:0} s, all written",
            Met: elapsed < target && complete));
    }

    /// <summary>One real submission, then copies of its requester and of the request; the copies' reminders due or not.</summary>
    private static async Task SeedAsync(InProcessApp app, string databaseFile, int requests, int duePercent)
    {
        var approver = await app.CreatePersonAsync("boss@bench.test", "Bea Boss", null, Roles.Approver);
        var requester = await app.CreatePersonAsync("employee@bench.test", "Eli Employee", approver);
        var calendar = app.StandardCalendar();
        var day = calendar.WorkingDayFrom(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));

        var template = await app.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            requester, new NewLeaveRequest("Annual", day, day, false, false, "Bench", approver), LeaveChannel.Api));

        await BulkRows.CopyAsync(databaseFile, "Employees", "Email", "employee@bench.test", Requesters, new Dictionary<string, string>
        {
            ["Id"] = "printf('bench-%04d', i)",
            ["Email"] = "printf('bench-%04d@bench.test', i)",
            ["DisplayName"] = "printf('Employee %04d', i)",
        });
        var now = DateTimeOffset.UtcNow;
        await BulkRows.CopyAsync(databaseFile, "LeaveRequests", "Reference", template.Reference, requests, new Dictionary<string, string>
        {
            ["Id"] = BulkRows.IdExpression(series: 1),
            ["Reference"] = "printf('LR-B-%07d', i)",
            ["RequesterId"] = $"printf('bench-%04d', i % {Requesters})",
            ["NextReminderDue"] = "CASE WHEN i % 100 < @duePercent THEN @due ELSE @later END",
        }, new Dictionary<string, object>
        {
            ["@duePercent"] = duePercent,
            ["@due"] = BulkRows.Stored(now.AddHours(-1)),
            ["@later"] = BulkRows.Stored(now.AddDays(10)),
        });
    }
}
