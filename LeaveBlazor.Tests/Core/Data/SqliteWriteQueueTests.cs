using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Data;

/// <summary>
/// Writers to the file take turns in memory (<see cref="SqliteWriteQueue"/>). Every way a write can end must hand the
/// turn on: were one lost, the next writer would wait its 30 s and fail, and these tests with it.
/// </summary>
public sealed class SqliteWriteQueueTests : FreshDatabaseTest
{
    [Fact]
    public async Task Submission_refused_inside_its_transaction_lets_the_next_writer_in()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.NextWeek()));

        var next = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(7)));

        Assert.Equal(LeaveStatus.Pending, next.Status);
    }

    [Fact]
    public async Task Transaction_left_without_commit_or_rollback_lets_the_next_writer_in()
    {
        await using (var scope = Database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
            await using var abandoned = await db.Database.BeginTransactionAsync();
            await db.Outbox.ExecuteDeleteAsync();
        }

        var next = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(LeaveStatus.Pending, next.Status);
    }

    [Fact]
    public async Task Write_outside_a_transaction_lets_the_next_writer_in()
    {
        await Database.InScopeAsync<LeaveDbContext, int>(db => db.Outbox.Where(m => m.State == OutboxState.Pending).ExecuteDeleteAsync());

        var next = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(LeaveStatus.Pending, next.Status);
    }

    [Fact]
    public async Task Many_submissions_at_once_all_land_with_their_own_references()
    {
        // The first working day of each of 24 weeks (the Monday, unless it is a bank holiday).
        var calendar = StandardCalendar.Of(Database.Services);
        var days = Enumerable.Range(0, 24).Select(week => Enumerable.Range(0, 5).Select(day => LeaveInput.NextMonday.AddDays(7 * week + day)).First(calendar.IsWorkingDay));

        var submitted = await Task.WhenAll(days.Select(day => Task.Run(() => Database.SubmitAsync(LeaveInput.Annual(day)))));

        Assert.Equal(24, submitted.Select(r => r.Reference).Distinct().Count());
    }
}
