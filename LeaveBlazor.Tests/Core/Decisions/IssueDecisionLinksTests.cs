using System.Buffers.Text;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Decisions;

/// <summary>
/// Filling fresh tokens into an email to the approver just before it is sent: the links reach the app's public
/// address, the database keeps only the tokens' hashes, and an email about a finished request asks nothing.
/// </summary>
public sealed class IssueDecisionLinksTests : FreshDatabaseTest
{
    [Theory]
    [InlineData("Approve")]
    [InlineData("Reject")]
    public async Task Text_body_gets_a_decide_link_at_the_public_address(string label)
    {
        var links = await Database.SendDecisionEmailAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Matches($"\n{label}: https://leave\\.example\\.test/decide/[A-Za-z0-9_-]{{43}}\n", links.Bodies.Text);
    }

    [Fact]
    public async Task Html_body_buttons_lead_to_the_same_links_as_the_text_body()
    {
        var links = await Database.SendDecisionEmailAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Equal(
            (true, true),
            (links.Bodies.Html.Contains($"href=\"https://leave.example.test/decide/{links.ApproveToken}\""),
                links.Bodies.Html.Contains($"href=\"https://leave.example.test/decide/{links.RejectToken}\"")));
    }

    [Fact]
    public async Task No_placeholder_is_left_in_the_bodies()
    {
        var links = await Database.SendDecisionEmailAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.DoesNotContain("{{", links.Bodies.Html + links.Bodies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_and_reject_links_carry_different_tokens()
    {
        var links = await Database.SendDecisionEmailAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.NotEqual(links.ApproveToken, links.RejectToken);
    }

    [Fact]
    public async Task Each_link_token_hashes_to_a_stored_token_for_its_purpose_the_request_and_the_email()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var email = (await Database.OutboxAsync(request)).Single(m => m.Kind == EmailKind.DecisionRequest);

        var links = await Database.SendDecisionEmailAsync(request);

        var stored = await Database.DecisionTokensAsync();
        Assert.Equal(
            [(DecisionPurpose.Approve, request.Id, (long?)email.Id), (DecisionPurpose.Reject, request.Id, (long?)email.Id)],
            new[] { links.ApproveToken, links.RejectToken }
                .Select(plain => stored.Single(t => t.Hash.SequenceEqual(DecisionToken.HashOf(plain)!)))
                .Select(t => (t.Purpose, t.LeaveRequestId, t.OutboxMessageId)));
    }

    [Fact]
    public async Task Link_tokens_are_stored_unused()
    {
        await Database.SendDecisionEmailAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        NonEmpty.All(await Database.DecisionTokensAsync(), token => Assert.Null(token.UsedAt));
    }

    [Fact]
    public async Task Plain_tokens_appear_as_text_nowhere_in_the_database()
    {
        var links = await Database.SendDecisionEmailAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Empty(await PlacesHoldingAsync(links.ApproveToken, links.RejectToken));
    }

    [Fact]
    public async Task Token_bits_appear_nowhere_in_the_database()
    {
        var links = await Database.SendDecisionEmailAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Empty(await PlacesHoldingAsync(Base64Url.DecodeFromChars(links.ApproveToken), Base64Url.DecodeFromChars(links.RejectToken)));
    }

    [Fact]
    public async Task Database_scan_does_find_the_stored_hashes()
    {
        await Database.SendDecisionEmailAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));
        var hashes = (await Database.DecisionTokensAsync()).Select(t => t.Hash).ToArray();

        Assert.Equal(["DecisionTokens.Hash", "DecisionTokens.Hash"], await PlacesHoldingAsync(hashes));
    }

    [Fact]
    public async Task Tokens_stay_out_of_the_database_after_a_link_is_used()
    {
        var links = await Database.SendDecisionEmailAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        await Database.DecideByLinkAsync(links.ApproveToken, DecisionPurpose.Approve, "Enjoy");

        Assert.Empty(await PlacesHoldingAsync(links.ApproveToken, links.RejectToken));
    }

    [Theory]
    [InlineData(EmailKind.SubmissionReceipt)]
    [InlineData(EmailKind.Outcome)]
    [InlineData(EmailKind.CancellationNotice)]
    public async Task Email_that_asks_nothing_is_sent_as_queued(EmailKind kind)
    {
        var email = await QueuedAsync(kind);

        var bodies = await Database.PrepareLinksAsync(email);

        Assert.Equal(new EmailBodies(email.HtmlBody, email.TextBody), bodies);
    }

    [Theory]
    [InlineData(EmailKind.SubmissionReceipt)]
    [InlineData(EmailKind.Outcome)]
    [InlineData(EmailKind.CancellationNotice)]
    public async Task Email_that_asks_nothing_mints_no_tokens(EmailKind kind)
    {
        var email = await QueuedAsync(kind);

        await Database.PrepareLinksAsync(email);

        Assert.Empty(await Database.DecisionTokensAsync());
    }

    [Theory]
    [InlineData(LeaveStatus.Approved)]
    [InlineData(LeaveStatus.Rejected)]
    [InlineData(LeaveStatus.Cancelled)]
    public async Task Decision_request_for_a_request_no_longer_pending_is_not_sent(LeaveStatus status)
    {
        var email = await DecisionRequestOfRequestNowAsync(status);

        Assert.Null(await Database.PrepareLinksAsync(email));
    }

    [Fact]
    public async Task Decision_request_for_a_request_no_longer_pending_mints_no_tokens()
    {
        var email = await DecisionRequestOfRequestNowAsync(LeaveStatus.Approved);

        await Database.PrepareLinksAsync(email);

        Assert.Empty(await Database.DecisionTokensAsync());
    }

    [Fact]
    public async Task Links_last_the_configured_days_when_the_leave_starts_later()
    {
        Database.Time.Advance(TimeSpan.FromMinutes(30));
        var request = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2027, 2, 1)));

        await Database.SendDecisionEmailAsync(request);

        NonEmpty.All(await Database.DecisionTokensAsync(), token => Assert.Equal(
            (LeaveTestDatabase.StartTime.AddMinutes(30), LeaveTestDatabase.StartTime.AddMinutes(30).AddDays(14)),
            (token.IssuedAt, token.ExpiresAt)));
    }

    [Fact]
    public async Task Links_end_at_the_start_of_the_day_after_the_first_day_of_leave_when_that_comes_sooner()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.SendDecisionEmailAsync(request);

        NonEmpty.All(await Database.DecisionTokensAsync(), token =>
            Assert.Equal(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero), token.ExpiresAt));
    }

    [Fact]
    public async Task Each_sending_mints_fresh_links()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var first = await Database.SendDecisionEmailAsync(request);
        var second = await Database.SendDecisionEmailAsync(request);

        Assert.Equal(4, new[] { first.ApproveToken, first.RejectToken, second.ApproveToken, second.RejectToken }.Distinct().Count());
    }

    [Fact]
    public async Task Each_sending_stores_two_more_tokens()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.SendDecisionEmailAsync(request);
        await Database.SendDecisionEmailAsync(request);

        Assert.Equal(4, (await Database.DecisionTokensAsync()).Count);
    }

    [Fact]
    public async Task Reminder_gets_links_of_its_own()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var original = await Database.SendDecisionEmailAsync(request);
        Database.Time.Advance(TimeSpan.FromDays(2));
        var reminder = await QueueReminderAsync(request);

        var bodies = await Database.PrepareLinksAsync(reminder);

        Assert.Equal(
            (false, false, true),
            (bodies!.Text.Contains(original.ApproveToken), bodies.Text.Contains(original.RejectToken), bodies.Text.Contains("Approve: https://leave.example.test/decide/")));
    }

    /// <summary>Queues a reminder about the request, as the reminders job would.</summary>
    private async Task<OutboxMessage> QueueReminderAsync(LeaveRequest request)
    {
        var reminder = Database.Services.GetRequiredService<LeaveEmails>().Reminder(await Database.ReloadAsync(request), StandIns.None).Single();
        await Database.InScopeAsync<LeaveDbContext>(db =>
        {
            db.Outbox.Add(reminder);
            return db.SaveChangesAsync();
        });
        return reminder;
    }

    /// <summary>The queued email of the kind, with the steps that cause it taken on a week of leave.</summary>
    private async Task<OutboxMessage> QueuedAsync(EmailKind kind)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        if (kind == EmailKind.Outcome)
        {
            await Database.ApproveAsync(request);
        }
        else if (kind == EmailKind.CancellationNotice)
        {
            await Database.CancelAsync(request);
        }

        return (await Database.OutboxAsync(request)).Single(m => m.Kind == kind);
    }

    /// <summary>The decision request of a request that has since been decided or cancelled, still waiting in the outbox.</summary>
    private async Task<OutboxMessage> DecisionRequestOfRequestNowAsync(LeaveStatus status)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await (status switch
        {
            LeaveStatus.Approved => Database.ApproveAsync(request),
            LeaveStatus.Rejected => Database.RejectAsync(request),
            _ => Database.CancelAsync(request),
        });
        return (await Database.OutboxAsync(request)).Single(m => m.Kind == EmailKind.DecisionRequest);
    }

    private Task<List<string>> PlacesHoldingAsync(params string[] texts) => SqliteFileScan.PlacesHoldingAsync(Database.ConnectionString, texts);

    private Task<List<string>> PlacesHoldingAsync(params byte[][] secrets) => SqliteFileScan.PlacesHoldingAsync(Database.ConnectionString, secrets);
}
