using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Mail;

/// <summary>
/// Which due emails a dispatch pass takes first: those that fell due first (the order the admin Outbox page lists),
/// found by walking the outbox's (State, NextAttemptAt) index, not by sorting every due row for each batch.
/// </summary>
public sealed class DueEmailOrderTests : FreshDatabaseTest
{
    [Fact]
    public async Task Emails_leave_in_the_order_they_fell_due_an_email_put_off_after_the_ones_due_before_it()
    {
        var queued = await Database.QueueEmailsAsync(3);
        await Database.InScopeAsync<LeaveDbContext, int>(db => db.Outbox.Where(m => m.Id != queued[0].Id)
            .ExecuteUpdateAsync(row => row.SetProperty(m => m.NextAttemptAt, LeaveTestDatabase.StartTime.AddMinutes(-1))));
        await using var server = ScriptedSmtpServer.Start();

        await Database.DispatchAsync(MailTestSetup.Smtp(server.Port));

        var recipients = server.Commands.Where(c => c.StartsWith("RCPT", StringComparison.Ordinal)).ToList();
        Assert.Equal(["person2@", "person3@", "person1@"], recipients.Select(c => c[(c.IndexOf('<') + 1)..(c.IndexOf('@') + 1)]).ToArray());
    }

    [Fact]
    public async Task Due_emails_are_taken_from_the_state_and_next_attempt_index_without_sorting_them()
    {
        var plan = await Database.InScopeAsync<LeaveDbContext, List<string>>(db =>
            SqlitePlan.OfAsync(db, OutboxClaimsByConditionalUpdate.DueQuery(db, LeaveTestDatabase.StartTime, 100)));

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_Outbox_State_NextAttemptAt", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal) || step.StartsWith("SCAN", StringComparison.Ordinal));
    }
}
