using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// The reminder job on a test database, each run from a fresh scope as the recurring job runs it, and what the
/// runs leave behind: the emails they queued and the directory changes escalation depends on.
/// </summary>
internal static class ReminderSteps
{
    /// <summary>One run of the job at the clock's current time.</summary>
    public static Task<ReminderRun> RunRemindersAsync(this LeaveTestDatabase database) =>
        database.InScopeAsync<SendDueReminders, ReminderRun>(job => job.ExecuteAsync());

    /// <summary>Moves the clock on, then runs the job once.</summary>
    public static Task<ReminderRun> RunRemindersAfterAsync(this LeaveTestDatabase database, TimeSpan wait)
    {
        database.Time.Advance(wait);
        return database.RunRemindersAsync();
    }

    /// <summary>Moves the clock on by one reminder interval at a time, running the job after each, and returns every run.</summary>
    public static async Task<List<ReminderRun>> RunRemindersEachIntervalAsync(this LeaveTestDatabase database, int intervals)
    {
        var runs = new List<ReminderRun>();
        for (var i = 0; i < intervals; i++)
        {
            runs.Add(await database.RunRemindersAfterAsync(database.Reminders.Interval));
        }

        return runs;
    }

    /// <summary>The request's outbox rows of one kind, oldest first.</summary>
    public static async Task<List<OutboxMessage>> EmailsAsync(this LeaveTestDatabase database, LeaveRequest request, EmailKind kind) =>
        (await database.OutboxAsync(request)).Where(m => m.Kind == kind).ToList();

    /// <summary>The request's history entries of one kind, in order.</summary>
    public static async Task<List<LeaveHistoryEntry>> HistoryAsync(this LeaveTestDatabase database, LeaveRequest request, LeaveEventKind kind) =>
        (await database.ReloadAsync(request)).History.Where(h => h.Kind == kind).ToList();

    /// <summary>Changes someone in the directory, as an admin (or the sign-in roles, for <see cref="Employee.IsAdmin"/>) would.</summary>
    public static Task ChangePersonAsync(this LeaveTestDatabase database, TestPerson person, Action<Employee> change) =>
        database.InScopeAsync<LeaveDbContext>(async db =>
        {
            change(await db.Employees.SingleAsync(e => e.Id == person.Id));
            await db.SaveChangesAsync();
        });

    /// <summary>The person is deactivated, then an admin hands their pending requests to <paramref name="successor"/>.</summary>
    public static async Task<int> LeavesHandingOverToAsync(this LeaveTestDatabase database, TestPerson person, TestPerson? successor)
    {
        await database.ChangePersonAsync(person, e => e.IsActive = false);
        return await database.HandOverAsync(person, successor);
    }

    /// <summary>Adds someone to the directory with the Admin role.</summary>
    public static async Task AddAdminAsync(this LeaveTestDatabase database, TestPerson person)
    {
        await database.AddPersonAsync(person);
        await database.ChangePersonAsync(person, e => e.IsAdmin = true);
    }
}
