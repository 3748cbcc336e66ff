using System.Net;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Notifications;

/// <summary>What each email says, in its HTML and plain-text bodies, as queued in the outbox.</summary>
public sealed class LeaveEmailContentTests : FreshDatabaseTest
{
    [Theory]
    [InlineData(EmailKind.SubmissionReceipt)]
    [InlineData(EmailKind.DecisionRequest)]
    [InlineData(EmailKind.Reminder)]
    [InlineData(EmailKind.Outcome)]
    [InlineData(EmailKind.CancellationNotice)]
    public async Task Subject_starts_with_the_request_reference(EmailKind kind)
    {
        var email = await EmailAsync(kind);

        Assert.StartsWith("[LR-2026-00001] ", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_text_details_keep_a_space_after_every_label()
    {
        var email = await EmailAsync(EmailKind.DecisionRequest);

        var rows = email.TextBody.Split('\n').Where(line => line.StartsWith("Reference:", StringComparison.Ordinal) || line.StartsWith("Balance if approved:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Reference:    LR-2026-00001", "Balance if approved: " + OutboxMessage.BalancePlaceholder], rows);
    }

    [Theory]
    [InlineData("LR-2026-00001")]
    [InlineData("Alex Employee")]
    [InlineData("Annual")]
    [InlineData("7–11 Dec 2026")]
    [InlineData("5 working days")]
    [InlineData("Family visit")]
    public async Task Decision_request_shows_the_request(string shown)
    {
        var email = await EmailAsync(EmailKind.DecisionRequest, LeaveInput.NextWeek() with { Reason = "Family visit" });

        NonEmpty.All(ReadableBodies(email), body => Assert.Contains(shown, body, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(OutboxMessage.ApproveLinkPlaceholder)]
    [InlineData(OutboxMessage.RejectLinkPlaceholder)]
    public async Task Decision_request_holds_a_place_for_each_decision_link(string placeholder)
    {
        var email = await EmailAsync(EmailKind.DecisionRequest);

        NonEmpty.All(ReadableBodies(email), body => Assert.Contains(placeholder, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decision_request_links_to_the_inbox_at_the_public_address()
    {
        var email = await EmailAsync(EmailKind.DecisionRequest);

        NonEmpty.All(ReadableBodies(email), body => Assert.Contains("https://leave.example.test/inbox", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decision_request_is_addressed_to_the_approver_by_name()
    {
        var email = await EmailAsync(EmailKind.DecisionRequest);

        Assert.Equal((TestPeople.Dana.Email, TestPeople.Dana.DisplayName), (email.ToAddress, email.ToName));
    }

    [Fact]
    public async Task Outcome_says_who_decided_and_when()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromHours(2));
        await Database.ApproveAsync(request);

        var email = await LatestAsync(request);

        NonEmpty.All(ReadableBodies(email), body => Assert.Contains("Dana Manager approved it on 30 Nov 2026 at 11:00.", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outcome_carries_the_approvers_comment()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request, comment: "Enjoy the break");

        var email = await LatestAsync(request);

        NonEmpty.All(ReadableBodies(email), body => Assert.Contains("Enjoy the break", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rejection_outcome_gives_the_reason()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RejectAsync(request, reason: "The release is that week.");

        var email = await LatestAsync(request);

        NonEmpty.All(ReadableBodies(email), body => Assert.Contains("The release is that week.", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rejection_outcome_labels_the_approvers_reason_apart_from_the_requesters_own()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek() with { Reason = "Family visit" });
        await Database.RejectAsync(request, reason: "The release is that week.");

        var email = await LatestAsync(request);

        var labels = email.TextBody.Split('\n').Where(line => line.Contains(':')).Select(line => line[..line.IndexOf(':')]).ToList();
        Assert.Equal(labels.Distinct(), labels);
    }

    [Fact]
    public async Task Outcome_subject_gives_the_verdict_and_who_decided()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RejectAsync(request);

        var email = await LatestAsync(request);

        Assert.Equal("[LR-2026-00001] Your leave request was rejected by Dana Manager", email.Subject);
    }

    [Theory]
    [InlineData(1, "waiting for your decision (1 day)")]
    [InlineData(3, "waiting for your decision (3 days)")]
    public async Task Reminder_says_how_long_the_request_has_been_waiting(int days, string said)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromDays(days));

        var email = await ReminderAsync(request);

        NonEmpty.All(ReadableBodies(email), body => Assert.Contains(said, body, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(OutboxMessage.ApproveLinkPlaceholder)]
    [InlineData(OutboxMessage.RejectLinkPlaceholder)]
    public async Task Reminder_holds_a_place_for_each_decision_link(string placeholder)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var email = await ReminderAsync(request);

        NonEmpty.All(ReadableBodies(email), body => Assert.Contains(placeholder, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancellation_notice_tells_the_approver_the_links_no_longer_work()
    {
        var email = await EmailAsync(EmailKind.CancellationNotice);

        Assert.Contains("There is nothing left for you to decide on LR-2026-00001; its links no longer work.", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_in_the_reason_is_encoded_in_the_html_body()
    {
        var email = await EmailAsync(EmailKind.DecisionRequest, LeaveInput.NextWeek() with { Reason = "<b>Family</b> visit" });

        Assert.Equal((true, false), (email.HtmlBody.Contains("&lt;b&gt;Family&lt;/b&gt; visit"), email.HtmlBody.Contains("<b>")));
    }

    [Fact]
    public async Task Html_in_the_reason_stays_as_typed_in_the_text_body()
    {
        var email = await EmailAsync(EmailKind.DecisionRequest, LeaveInput.NextWeek() with { Reason = "<b>Family</b> visit" });

        Assert.Contains("<b>Family</b> visit", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_in_the_comment_is_encoded_in_the_html_body()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request, comment: "<b>Enjoy</b>");

        var email = await LatestAsync(request);

        Assert.Equal((true, false), (email.HtmlBody.Contains("&lt;b&gt;Enjoy&lt;/b&gt;"), email.HtmlBody.Contains("<b>")));
    }

    [Fact]
    public async Task Html_in_the_comment_stays_as_typed_in_the_text_body()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request, comment: "<b>Enjoy</b>");

        var email = await LatestAsync(request);

        Assert.Contains("<b>Enjoy</b>", email.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EmailKind.SubmissionReceipt)]
    [InlineData(EmailKind.DecisionRequest)]
    public async Task Html_in_a_display_name_is_encoded_in_the_html_body(EmailKind kind)
    {
        var email = await EmailFromAsync(new TestPerson("bold", "bold@example.test", "<b>Bold</b> Person", ManagerId: TestPeople.Dana.Id), kind);

        Assert.Equal((true, false), (email.HtmlBody.Contains("&lt;b&gt;Bold&lt;/b&gt; Person"), email.HtmlBody.Contains("<b>")));
    }

    [Fact]
    public async Task Html_in_a_display_name_stays_as_typed_in_the_text_body()
    {
        var email = await EmailFromAsync(new TestPerson("bold", "bold@example.test", "<b>Bold</b> Person", ManagerId: TestPeople.Dana.Id), EmailKind.DecisionRequest);

        Assert.Contains("<b>Bold</b> Person", email.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Eve\r\nBcc: everyone@example.test")]
    [InlineData("Eve\nBcc: everyone@example.test")]
    [InlineData("Eve\rBcc: everyone@example.test")]
    public async Task Line_break_in_the_requesters_name_stays_out_of_the_subject(string name)
    {
        var email = await EmailFromAsync(new TestPerson("eve", "eve@example.test", name, ManagerId: TestPeople.Dana.Id), EmailKind.DecisionRequest);

        Assert.DoesNotContain(email.Subject, char.IsControl);
    }

    [Fact]
    public async Task Line_break_in_the_approvers_name_stays_out_of_the_subject()
    {
        var approver = new TestPerson("eve", "eve@example.test", "Eve\r\nBcc: everyone@example.test", CanApprove: true);
        await Database.AddPersonAsync(approver);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek() with { ApproverId = approver.Id });

        var receipt = (await Database.OutboxAsync(request)).Single(m => m.Kind == EmailKind.SubmissionReceipt);

        Assert.Equal("[LR-2026-00001] Your leave request was sent to Eve  Bcc: everyone@example.test", receipt.Subject);
    }

    /// <summary>The bodies as a person reads them: the text body, and the HTML body with its entities decoded.</summary>
    private static string[] ReadableBodies(OutboxMessage email) => [email.TextBody, WebUtility.HtmlDecode(email.HtmlBody)];

    /// <summary>One email of the kind about a week of leave asked for by Alex, with the steps that cause it taken.</summary>
    private async Task<OutboxMessage> EmailAsync(EmailKind kind, NewLeaveRequest? input = null)
    {
        var request = await Database.SubmitAsync(input ?? LeaveInput.NextWeek());
        switch (kind)
        {
            case EmailKind.Reminder:
                return await ReminderAsync(request);
            case EmailKind.Outcome:
                await Database.ApproveAsync(request);
                break;
            case EmailKind.CancellationNotice:
                await Database.CancelAsync(request);
                break;
        }

        return (await Database.OutboxAsync(request)).Single(m => m.Kind == kind);
    }

    /// <summary>The email of the kind queued when the person, added to the directory first, asks for a week of leave.</summary>
    private async Task<OutboxMessage> EmailFromAsync(TestPerson requester, EmailKind kind)
    {
        await Database.AddPersonAsync(requester);
        var request = await Database.SubmitAsync(LeaveInput.NextWeek(), requester);
        return (await Database.OutboxAsync(request)).Single(m => m.Kind == kind);
    }

    private async Task<OutboxMessage> LatestAsync(LeaveRequest request) => (await Database.OutboxAsync(request))[^1];

    private async Task<OutboxMessage> ReminderAsync(LeaveRequest request) =>
        Database.Services.GetRequiredService<LeaveEmails>().Reminder(await Database.ReloadAsync(request), StandIns.None).Single();
}
