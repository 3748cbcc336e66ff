using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Notifications;

/// <summary>An outbox row through its sending attempts: retries with growing waits, failure, an admin's retry, skipping.</summary>
public sealed class OutboxMessageTests
{
    private const int MaxAttempts = 8;

    private static readonly DateTimeOffset Now = LeaveTestDatabase.StartTime;

    [Fact]
    public void New_email_is_pending_and_due_at_once()
    {
        var email = NewEmail();

        Assert.Equal((OutboxState.Pending, 0, Now), (email.State, email.Attempts, email.NextAttemptAt));
    }

    [Fact]
    public void First_transient_failure_tries_again_five_seconds_later()
    {
        var email = NewEmail();

        email.RetryLater("Connection refused", Now, MaxAttempts);

        Assert.Equal(Now.AddSeconds(5), email.NextAttemptAt);
    }

    [Fact]
    public void Each_transient_failure_doubles_the_wait()
    {
        var email = NewEmail();

        var waits = Enumerable.Range(0, 4).Select(_ =>
        {
            email.RetryLater("421 Try again later", Now, MaxAttempts);
            return (email.NextAttemptAt - Now).TotalSeconds;
        }).ToList();

        Assert.Equal([5, 10, 20, 40], waits);
    }

    [Fact]
    public void Wait_between_attempts_never_exceeds_an_hour()
    {
        var email = NewEmail();

        for (var attempt = 0; attempt < 15; attempt++)
        {
            email.RetryLater("Connection refused", Now, maxAttempts: 20);
        }

        Assert.Equal(TimeSpan.FromHours(1), email.NextAttemptAt - Now);
    }

    [Fact]
    public void Transient_failure_before_the_limit_keeps_the_email_pending_with_the_error()
    {
        var email = NewEmail();

        email.RetryLater("Connection refused", Now, MaxAttempts);

        Assert.Equal((OutboxState.Pending, 1, "Connection refused"), (email.State, email.Attempts, email.LastError));
    }

    [Fact]
    public void Transient_failure_at_the_attempt_limit_fails_the_email()
    {
        var email = NewEmail();

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            email.RetryLater("Connection refused", Now, MaxAttempts);
        }

        Assert.Equal((OutboxState.Failed, MaxAttempts, "Connection refused"), (email.State, email.Attempts, email.LastError));
    }

    [Fact]
    public void Transient_failure_one_short_of_the_limit_still_retries()
    {
        var email = NewEmail();

        for (var attempt = 0; attempt < MaxAttempts - 1; attempt++)
        {
            email.RetryLater("Connection refused", Now, MaxAttempts);
        }

        Assert.Equal(OutboxState.Pending, email.State);
    }

    [Fact]
    public void Permanent_failure_fails_the_email_with_the_error()
    {
        var email = NewEmail();

        email.MarkFailed("550 Mailbox unavailable");

        Assert.Equal((OutboxState.Failed, 1, "550 Mailbox unavailable"), (email.State, email.Attempts, email.LastError));
    }

    [Fact]
    public void Retried_failed_email_is_pending_again_and_due_at_once()
    {
        var email = NewEmail();
        email.MarkFailed("550 Mailbox unavailable");
        var later = Now.AddDays(1);

        email.Retry(later);

        Assert.Equal((OutboxState.Pending, 0, later), (email.State, email.Attempts, email.NextAttemptAt));
    }

    [Fact]
    public void Email_failed_after_too_many_attempts_gets_all_its_attempts_back_when_retried()
    {
        var email = NewEmail();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            email.RetryLater("Connection refused", Now, MaxAttempts);
        }

        email.Retry(Now.AddHours(2));
        email.RetryLater("Connection refused", Now.AddHours(2), MaxAttempts);

        Assert.Equal((OutboxState.Pending, Now.AddHours(2).AddSeconds(5)), (email.State, email.NextAttemptAt));
    }

    [Theory]
    [InlineData(OutboxState.Pending)]
    [InlineData(OutboxState.Sent)]
    [InlineData(OutboxState.Skipped)]
    public void Retry_of_an_email_that_has_not_failed_is_refused(OutboxState state)
    {
        var email = EmailIn(state);

        var refused = Assert.Throws<InvalidOperationException>(() => email.Retry(Now));

        Assert.Equal($"Only failed emails can be retried; this one is {state}.", refused.Message);
    }

    [Fact]
    public void Skipped_email_says_why()
    {
        var email = NewEmail();

        email.MarkSkipped("LR-2026-00001 was decided before the email left.", Now);

        Assert.Equal((OutboxState.Skipped, "LR-2026-00001 was decided before the email left."), (email.State, email.LastError));
    }

    [Fact]
    public void Sent_email_records_when_and_forgets_earlier_errors()
    {
        var email = NewEmail();
        email.RetryLater("Connection refused", Now, MaxAttempts);

        email.MarkSent(Now.AddSeconds(5));

        Assert.Equal((OutboxState.Sent, (DateTimeOffset?)Now.AddSeconds(5), 2, (string?)null), (email.State, email.SentAt, email.Attempts, email.LastError));
    }

    [Theory]
    [InlineData(EmailKind.DecisionRequest, true)]
    [InlineData(EmailKind.Reminder, true)]
    [InlineData(EmailKind.SubmissionReceipt, false)]
    [InlineData(EmailKind.Outcome, false)]
    [InlineData(EmailKind.CancellationNotice, false)]
    public void Only_emails_asking_the_approver_carry_decision_links(EmailKind kind, bool carriesLinks)
    {
        Assert.Equal(carriesLinks, NewEmail(kind).CarriesDecisionLinks);
    }

    [Fact]
    public void Two_emails_written_at_the_same_moment_have_different_message_ids()
    {
        Assert.NotEqual(NewEmail().MessageId("leave.example.test"), NewEmail().MessageId("leave.example.test"));
    }

    [Fact]
    public void Message_id_is_an_address_at_the_given_domain()
    {
        Assert.Matches("^outbox-[0-9a-f]{32}@leave\\.example\\.test$", NewEmail().MessageId("leave.example.test"));
    }

    private static OutboxMessage NewEmail(EmailKind kind = EmailKind.Outcome) =>
        new(kind, Guid.NewGuid(), TestPeople.Alex.Email, TestPeople.Alex.DisplayName, "[LR-2026-00001] Subject", "<p>Body</p>", "Body", Now);

    private static OutboxMessage EmailIn(OutboxState state)
    {
        var email = NewEmail();
        switch (state)
        {
            case OutboxState.Sent:
                email.MarkSent(Now);
                break;
            case OutboxState.Skipped:
                email.MarkSkipped("Already decided", Now);
                break;
        }

        return email;
    }
}
