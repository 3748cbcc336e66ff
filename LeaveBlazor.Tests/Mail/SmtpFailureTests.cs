using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Mail;

/// <summary>What each kind of SMTP trouble does to the outbox: which emails fail for good, which wait, and where a run stops.</summary>
public sealed class SmtpFailureTests : FreshDatabaseTest
{
    [Fact]
    public async Task Recipient_refused_with_a_5xx_reply_fails_that_email_with_the_servers_words()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var server = ScriptedSmtpServer.Start(command =>
            command.Contains(TestPeople.Dana.Email, StringComparison.Ordinal) && command.StartsWith("RCPT", StringComparison.Ordinal)
                ? "550 5.1.1 mailbox unavailable"
                : null);

        await Database.DispatchAsync(MailTestSetup.Smtp(server.Port));

        var toDana = (await Database.OutboxAsync()).Single(m => m.ToAddress == TestPeople.Dana.Email);
        Assert.Equal((OutboxState.Failed, "550 RecipientNotAccepted (dana.manager@example.test): 5.1.1 mailbox unavailable"), (toDana.State, toDana.LastError));
    }

    [Fact]
    public async Task A_refused_recipient_does_not_keep_the_next_email_from_going()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var server = ScriptedSmtpServer.Start(command =>
            command.StartsWith("RCPT", StringComparison.Ordinal) && command.Contains(TestPeople.Alex.Email, StringComparison.Ordinal)
                ? "550 5.1.1 mailbox unavailable"
                : null);

        await Database.DispatchAsync(MailTestSetup.Smtp(server.Port));

        Assert.Equal([OutboxState.Failed, OutboxState.Sent], (await Database.OutboxAsync()).Select(m => m.State).ToArray());
    }

    [Fact]
    public async Task Greylisting_4xx_reply_keeps_the_email_pending_for_a_later_attempt()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var server = ScriptedSmtpServer.Start(command =>
            command.StartsWith("RCPT", StringComparison.Ordinal) ? "451 4.7.1 greylisted, try again later" : null);

        await Database.DispatchAsync(MailTestSetup.Smtp(server.Port));

        var first = (await Database.OutboxAsync())[0];
        Assert.Equal((OutboxState.Pending, 1, LeaveTestDatabase.StartTime.AddSeconds(5)), (first.State, first.Attempts, first.NextAttemptAt));
    }

    [Fact]
    public async Task Server_that_refuses_connections_costs_one_attempt_and_leaves_the_other_emails_untouched()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());

        var report = await Database.DispatchAsync(MailTestSetup.Smtp(ScriptedSmtpServer.ClosedPort()));

        var rows = await Database.OutboxAsync();
        Assert.True(report.StoppedEarly);
        Assert.Equal([(OutboxState.Pending, 1, "SocketException: Connection refused"), (OutboxState.Pending, 0, null)],
            rows.Select(m => (m.State, m.Attempts, m.LastError)).ToArray());
    }

    [Fact]
    public async Task Connection_dropped_during_an_email_stops_the_run_without_claiming_the_rest()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var server = ScriptedSmtpServer.Start(command => command == ScriptedSmtpServer.EndOfData ? ScriptedSmtpServer.Drop : null);

        var report = await Database.DispatchAsync(MailTestSetup.Smtp(server.Port));

        Assert.True(report.StoppedEarly);
        Assert.Equal([(OutboxState.Pending, 1, (DateTimeOffset?)null, (Guid?)null), (OutboxState.Pending, 0, null, null)],
            (await Database.OutboxAsync()).Select(m => (m.State, m.Attempts, m.ClaimedUntil, m.ClaimedBy)).ToArray());
    }

    [Fact]
    public async Task Connection_dropped_gives_back_the_batch_made_ready_behind_the_one_sending()
    {
        var queued = await Database.QueueEmailsAsync(6);
        await using var server = ScriptedSmtpServer.Start(command => command == ScriptedSmtpServer.EndOfData && NextBatchClaimed(queued[2].Id) ? ScriptedSmtpServer.Drop : null);
        var mail = MailTestSetup.Smtp(server.Port);
        mail.BatchSize = 2;

        var report = await Database.DispatchAsync(mail);

        Assert.True(report.StoppedEarly);
        Assert.Equal([(OutboxState.Pending, 1), (OutboxState.Pending, 0), (OutboxState.Pending, 0), (OutboxState.Pending, 0), (OutboxState.Pending, 0), (OutboxState.Pending, 0)],
            (await Database.OutboxAsync()).Select(m => (m.State, m.Attempts)).ToArray());
        Assert.DoesNotContain(await Database.OutboxAsync(), m => m.ClaimedBy is not null);
    }

    /// <summary>Waits (5 s at most) until the pass has claimed <paramref name="id"/> ahead; false if it never did.</summary>
    private bool NextBatchClaimed(long id)
    {
        for (var tries = 0; tries < 100; tries++)
        {
            if (Database.OutboxAsync().GetAwaiter().GetResult().Single(m => m.Id == id).ClaimedBy is not null)
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    [Fact]
    public async Task Server_that_turns_the_app_away_at_the_greeting_keeps_every_email_pending()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var server = ScriptedSmtpServer.Start(greeting: "554 5.7.1 no service for you");

        var report = await Database.DispatchAsync(MailTestSetup.Smtp(server.Port));

        Assert.True(report.StoppedEarly);
        Assert.Equal([(OutboxState.Pending, 1), (OutboxState.Pending, 0)],
            (await Database.OutboxAsync()).Select(m => (m.State, m.Attempts)).ToArray());
    }

    [Fact]
    public async Task Emails_kept_back_by_an_outage_go_out_once_the_server_answers_again()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.DispatchAsync(MailTestSetup.Smtp(ScriptedSmtpServer.ClosedPort()));
        await using var server = ScriptedSmtpServer.Start();

        Database.Time.Advance(TimeSpan.FromSeconds(5));
        await Database.DispatchAsync(MailTestSetup.Smtp(server.Port));

        Assert.Equal([OutboxState.Sent, OutboxState.Sent], (await Database.OutboxAsync()).Select(m => m.State).ToArray());
        Assert.Equal(2, server.Messages.Count);
    }

    [Fact]
    public async Task Server_that_hangs_up_instead_of_answering_quit_leaves_the_emails_sent()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var server = ScriptedSmtpServer.Start(command => command == "QUIT" ? ScriptedSmtpServer.Drop : null);

        await Database.DispatchAsync(MailTestSetup.Smtp(server.Port));

        Assert.Equal([OutboxState.Sent, OutboxState.Sent], (await Database.OutboxAsync()).Select(m => m.State).ToArray());
    }
}
