using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Core.Notifications;

/// <summary>
/// The Message-ID comes from the outbox row, so an email sent again after a crash carries the same one
/// and mail clients can recognise the repeat.
/// </summary>
public sealed class OutboxMessageIdentityTests : FreshDatabaseTest
{
    private const string Domain = "leave.example.test";

    [Fact]
    public async Task Message_id_is_the_same_when_the_row_is_read_back()
    {
        var email = new OutboxMessage(EmailKind.Outcome, null, TestPeople.Alex.Email, TestPeople.Alex.DisplayName,
            "[LR-2026-00001] Subject", "<p>Body</p>", "Body", Database.Time.GetUtcNow());
        await Database.InScopeAsync<LeaveDbContext>(db =>
        {
            db.Outbox.Add(email);
            return db.SaveChangesAsync();
        });

        var stored = await ReadAsync(email.Id);

        Assert.Equal(email.MessageId(Domain), stored.MessageId(Domain));
    }

    [Fact]
    public async Task Message_id_is_the_same_each_time_the_row_is_read()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var email = (await Database.OutboxAsync(request))[0];

        var again = await ReadAsync(email.Id);

        Assert.Equal(email.MessageId(Domain), again.MessageId(Domain));
    }

    [Fact]
    public async Task Emails_queued_by_one_change_have_different_message_ids()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var ids = (await Database.OutboxAsync(request)).Select(m => m.MessageId(Domain)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private Task<OutboxMessage> ReadAsync(long id) =>
        Database.InScopeAsync<LeaveDbContext, OutboxMessage>(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));
}
