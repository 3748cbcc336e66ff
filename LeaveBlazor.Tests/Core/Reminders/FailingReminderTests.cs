using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// One request that cannot be reminded does not hold back the others, and is tried again on the next run.
/// The broken request is real: Quinn, its approver, was deleted from the directory by hand in the sqlite3
/// shell, where foreign keys are off by default, so the request points at a row that no longer exists.
/// </summary>
public sealed class FailingReminderTests : FreshDatabaseTest
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static readonly TestPerson Quinn = new("quinn", "quinn.gone@example.test", "Quinn Gone", CanApprove: true);

    [Fact]
    public async Task Request_that_cannot_be_reminded_does_not_block_the_others()
    {
        var (_, others) = await OneBrokenAmongOthersAsync();

        await Database.RunRemindersAfterAsync(Day);

        Assert.Equal([1, 1], await ReminderCountsAsync(others));
    }

    [Fact]
    public async Task Run_reports_the_failure_beside_the_reminders_it_sent()
    {
        await OneBrokenAmongOthersAsync();

        var run = await Database.RunRemindersAfterAsync(Day);

        Assert.Equal(new ReminderRun(Reminded: 2, Escalated: 0, Skipped: 0, Failed: 1), run);
    }

    [Fact]
    public async Task Failed_request_keeps_its_reminder_due_and_uncounted()
    {
        var (broken, _) = await OneBrokenAmongOthersAsync();

        await Database.RunRemindersAfterAsync(Day);

        Assert.Equal((0, LeaveTestDatabase.StartTime + Day), await ReminderStateAsync(broken));
    }

    [Fact]
    public async Task Failed_request_is_tried_again_on_the_next_run_without_reminding_the_others_twice()
    {
        await OneBrokenAmongOthersAsync();
        await Database.RunRemindersAfterAsync(Day);

        var retry = await Database.RunRemindersAfterAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(new ReminderRun(Reminded: 0, Escalated: 0, Skipped: 0, Failed: 1), retry);
    }

    [Fact]
    public async Task Failed_request_is_reminded_once_its_approver_is_back()
    {
        var (broken, _) = await OneBrokenAmongOthersAsync();
        await Database.RunRemindersAfterAsync(Day);
        await Database.AddPersonAsync(Quinn);

        await Database.RunRemindersAfterAsync(TimeSpan.FromMinutes(1));

        Assert.Equal([Quinn.Email], (await Database.EmailsAsync(broken, EmailKind.Reminder)).Select(m => m.ToAddress));
    }

    /// <summary>Alex's request to Quinn, whose row is then deleted by hand, between two requests to Dana.</summary>
    private async Task<(LeaveRequest Broken, List<LeaveRequest> Others)> OneBrokenAmongOthersAsync()
    {
        await Database.AddPersonAsync(Quinn);
        var first = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday));
        var broken = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(1), approverId: Quinn.Id));
        var last = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(2)));

        await using var shell = new SqliteConnection(Database.ConnectionString);
        await shell.OpenAsync();
        await using var delete = shell.CreateCommand();
        delete.CommandText = "PRAGMA foreign_keys = OFF; DELETE FROM Employees WHERE Id = $id;";
        delete.Parameters.AddWithValue("$id", Quinn.Id);
        await delete.ExecuteNonQueryAsync();
        return (broken, [first, last]);
    }

    private async Task<List<int>> ReminderCountsAsync(List<LeaveRequest> requests)
    {
        var counts = new List<int>();
        foreach (var request in requests)
        {
            counts.Add((await Database.EmailsAsync(request, EmailKind.Reminder)).Count);
        }

        return counts;
    }

    /// <summary>The reminder columns of a request read without its people, since its approver row is gone.</summary>
    private Task<(int RemindersSent, DateTimeOffset? NextReminderDue)> ReminderStateAsync(LeaveRequest request) =>
        Database.InScopeAsync<LeaveDbContext, (int, DateTimeOffset?)>(async db =>
        {
            var row = await db.LeaveRequests.AsNoTracking().Where(r => r.Id == request.Id)
                .Select(r => new { r.RemindersSent, r.NextReminderDue }).SingleAsync();
            return (row.RemindersSent, row.NextReminderDue);
        });
}
