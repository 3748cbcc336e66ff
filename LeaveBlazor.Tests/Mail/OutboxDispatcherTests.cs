using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LeaveBlazor.Tests.Mail;

/// <summary>A dispatch run over the pickup folder and a plain local SMTP server: what leaves, once, and in what shape.</summary>
public class OutboxDispatcherTests : FreshDatabaseTest
{
    [Fact]
    public async Task Each_email_is_written_to_the_pickup_folder_under_its_key_with_its_stable_message_id()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        var mail = MailTestSetup.Pickup(Database);

        await Database.DispatchAsync(mail);

        var written = (await Database.OutboxAsync())
            .Select(m => (File: Path.Combine(mail.PickupFolder, PickupFolderTransport.FileName(m.Key)), MessageId: $"outbox-{m.Key:N}@localhost"))
            .Select(e => (e.MessageId, MimeMessage.Load(e.File).MessageId));
        NonEmpty.All(written, e => Assert.Equal(e.Item1, e.Item2));
    }

    [Fact]
    public async Task Outcomes_are_saved_a_group_at_a_time_and_the_last_group_at_the_end_of_the_pass()
    {
        await Database.QueueEmailsAsync(5);
        var savedAsSentWhileEachLeft = new List<int>();
        await using var smtp = ScriptedSmtpServer.Start(command =>
        {
            if (command == ScriptedSmtpServer.EndOfData)
            {
                savedAsSentWhileEachLeft.Add(Database.OutboxAsync().GetAwaiter().GetResult().Count(m => m.State == OutboxState.Sent));
            }

            return null;
        });
        var mail = MailTestSetup.Smtp(smtp.Port);
        mail.OutcomeGroupSize = 2;

        await Database.DispatchAsync(mail);

        Assert.Equal("0 0 2 2 4", string.Join(" ", savedAsSentWhileEachLeft));
        NonEmpty.All(await Database.OutboxAsync(), m => Assert.Equal((OutboxState.Sent, null), (m.State, m.ClaimedBy)));
    }

    [Fact]
    public async Task Decision_request_leaves_with_both_parts_and_its_links_filled_in()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        var mail = MailTestSetup.Pickup(Database);

        await Database.DispatchAsync(mail);

        var request = (await Database.OutboxAsync()).Single(m => m.Kind == EmailKind.DecisionRequest);
        var email = MimeMessage.Load(Path.Combine(mail.PickupFolder, PickupFolderTransport.FileName(request.Key)));
        Assert.Equal("multipart/alternative", email.Body?.ContentType.MimeType);
        Assert.DoesNotContain(OutboxMessage.ApproveLinkPlaceholder, email.HtmlBody);
        Assert.DoesNotContain(OutboxMessage.RejectLinkPlaceholder, email.TextBody);
    }

    [Fact]
    public async Task Decision_request_for_a_request_decided_before_it_left_is_skipped()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request);

        await Database.DispatchAsync(MailTestSetup.Pickup(Database));

        Assert.Equal(
            [(EmailKind.SubmissionReceipt, OutboxState.Sent), (EmailKind.DecisionRequest, OutboxState.Skipped), (EmailKind.Outcome, OutboxState.Sent)],
            (await Database.OutboxAsync()).Select(m => (m.Kind, m.State)).ToArray());
    }

    [Fact]
    public async Task Address_that_does_not_parse_fails_the_email_without_writing_it()
    {
        var queued = await Database.QueueEmailAsync("not an address");
        var mail = MailTestSetup.Pickup(Database);

        await Database.DispatchAsync(mail);

        var row = (await Database.OutboxAsync()).Single();
        Assert.Equal((OutboxState.Failed, false), (row.State, File.Exists(Path.Combine(mail.PickupFolder, PickupFolderTransport.FileName(queued.Key)))));
    }

    [Fact]
    public async Task Email_claimed_by_another_dispatcher_is_left_alone_until_the_claim_runs_out()
    {
        var queued = await Database.QueueEmailAsync(TestPeople.Sam.Email);
        await ClaimElsewhereAsync(queued.Id);
        var mail = MailTestSetup.Pickup(Database);

        var whileClaimed = await Database.DispatchAsync(mail);
        Database.Time.Advance(mail.ClaimLease);
        var afterClaim = await Database.DispatchAsync(mail);

        Assert.Equal((0, 1), (whileClaimed.Sent, afterClaim.Sent));
    }

    [Fact]
    public async Task Every_email_of_a_run_goes_over_one_connection_that_is_closed_at_the_end()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.SubmitAsync(LeaveInput.NextWeek() with { FirstDay = LeaveInput.NextMonday.AddDays(7), LastDay = LeaveInput.NextMonday.AddDays(8) });
        await using var server = ScriptedSmtpServer.Start();

        await Database.DispatchAsync(MailTestSetup.Smtp(server.Port));

        Assert.Equal(
            (1, 4, "QUIT"),
            (server.Connections, server.Commands.Count(c => c.StartsWith("MAIL FROM", StringComparison.Ordinal)), server.Commands[^1]));
    }

    [Fact]
    public async Task Two_app_instances_dispatching_at_once_send_each_email_once()
    {
        for (var week = 0; week < 5; week++)
        {
            var monday = LeaveInput.NextMonday.AddDays(7 * week);
            await Database.SubmitAsync(LeaveInput.Annual(monday, monday.AddDays(1)));
        }

        await using var server = ScriptedSmtpServer.Start();
        var mail = MailTestSetup.Smtp(server.Port);

        await Task.WhenAll(Database.DispatchAsync(mail, new OutboxDispatchGate()), Database.DispatchAsync(mail, new OutboxDispatchGate()));

        var messageIds = server.Messages.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m))).MessageId).ToList();
        Assert.Equal((10, 10), (messageIds.Count, messageIds.Distinct().Count()));
    }

    private Task ClaimElsewhereAsync(long id) =>
        Database.InScopeAsync<LeaveDbContext>(db =>
        {
            DateTimeOffset? until = Database.Time.GetUtcNow() + new MailOptions().ClaimLease;
            return db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(row => row.SetProperty(m => m.ClaimedUntil, until));
        });
}

/// <summary>The same tests with the outbox on PostgreSQL.</summary>
public sealed class OutboxDispatcherOnPostgreSqlTests : OutboxDispatcherTests
{
    protected override bool OnPostgreSql => true;
}
