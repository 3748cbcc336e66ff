using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// The reminder job asks every minute which reminders are due. SQLite's own plan for that query must search the
/// NextReminderDue index: a scan would read every request ever made, and the job would slow as the company's history grows.
/// </summary>
public sealed class DueReminderQueryTests(LeaveTestDatabase database) : IClassFixture<LeaveTestDatabase>
{
    [Fact]
    public async Task Due_reminders_are_found_through_the_NextReminderDue_index_not_a_scan()
    {
        var plan = await database.InScopeAsync<LeaveDbContext, List<string>>(db =>
            SqlitePlan.OfAsync(db, SendDueReminders.DueQuery(db, DateTimeOffset.UtcNow, [Guid.NewGuid()], 500)));

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_LeaveRequests_NextReminderDue", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }
}
