using System.Text.RegularExpressions;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// A reminder is the decision request again, marked as a reminder: queued with link placeholders, and given
/// fresh one-time links only when the dispatcher sends it, so a reminder about a decided request asks nothing.
/// </summary>
public sealed class ReminderEmailTests : FreshDatabaseTest
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Reminder_is_addressed_to_the_approver_by_name()
    {
        var reminder = await FirstReminderAsync();

        Assert.Equal((TestPeople.Dana.Email, TestPeople.Dana.DisplayName), (reminder.ToAddress, reminder.ToName));
    }

    [Fact]
    public async Task Reminder_subject_carries_the_reference_and_says_it_is_a_reminder()
    {
        var reminder = await FirstReminderAsync();

        Assert.Equal("[LR-2026-00001] Reminder: leave request from Alex Employee is waiting for you", reminder.Subject);
    }

    [Fact]
    public async Task Later_reminder_says_how_many_days_the_requester_has_waited()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RunRemindersEachIntervalAsync(2);

        Assert.Equal(
            ["Reminder: Alex Employee is waiting for your decision (1 day)", "Reminder: Alex Employee is waiting for your decision (2 days)"],
            (await Database.EmailsAsync(request, EmailKind.Reminder)).Select(m => m.TextBody.Split('\n')[0]));
    }

    [Fact]
    public async Task Queued_reminder_holds_link_placeholders_not_links()
    {
        var reminder = await FirstReminderAsync();

        Assert.Contains(
            $"Approve: {OutboxMessage.ApproveLinkPlaceholder}\nReject: {OutboxMessage.RejectLinkPlaceholder}\n",
            reminder.TextBody,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queuing_a_reminder_mints_no_token()
    {
        await FirstReminderAsync();

        Assert.Empty(await Database.DecisionTokensAsync());
    }

    [Fact]
    public async Task Sending_a_reminder_fills_in_links_at_the_public_address()
    {
        var bodies = await Database.PrepareLinksAsync(await FirstReminderAsync());

        Assert.Matches(
            "\nApprove: https://leave\\.example\\.test/decide/[A-Za-z0-9_-]{43}\nReject: https://leave\\.example\\.test/decide/[A-Za-z0-9_-]{43}\n",
            bodies!.Text);
    }

    [Fact]
    public async Task Sent_reminder_has_no_placeholder_left()
    {
        var bodies = await Database.PrepareLinksAsync(await FirstReminderAsync());

        Assert.DoesNotContain("{{", bodies!.Html + bodies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sent_reminder_links_are_fresh_not_those_of_the_first_email()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var first = await Database.SendDecisionEmailAsync(request);
        await Database.RunRemindersAfterAsync(Day);

        var reminder = await SendReminderAsync(request);

        Assert.Equal(4, new[] { first.ApproveToken, first.RejectToken, reminder.Approve, reminder.Reject }.Distinct().Count());
    }

    [Fact]
    public async Task Sent_reminder_tokens_are_stored_for_the_reminder_email()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersAfterAsync(Day);
        var reminder = (await Database.EmailsAsync(request, EmailKind.Reminder)).Single();

        await Database.PrepareLinksAsync(reminder);

        Assert.Equal(
            [(DecisionPurpose.Approve, (long?)reminder.Id), (DecisionPurpose.Reject, (long?)reminder.Id)],
            (await Database.DecisionTokensAsync()).Select(t => (t.Purpose, t.OutboxMessageId)));
    }

    [Fact]
    public async Task Approve_link_in_a_reminder_decides_the_request()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersAfterAsync(Day);
        var reminder = await SendReminderAsync(request);

        var decided = await Database.DecideByLinkAsync(reminder.Approve, DecisionPurpose.Approve);

        Assert.Equal(LeaveStatus.Approved, decided.Status);
    }

    [Fact]
    public async Task Reminder_about_a_request_decided_before_it_left_is_not_sent()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersAfterAsync(Day);
        await Database.ApproveAsync(request);

        Assert.Null(await Database.PrepareLinksAsync((await Database.EmailsAsync(request, EmailKind.Reminder)).Single()));
    }

    private async Task<OutboxMessage> FirstReminderAsync()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.RunRemindersAfterAsync(Day);
        return (await Database.EmailsAsync(request, EmailKind.Reminder)).Single();
    }

    /// <summary>Fills fresh links into the request's latest reminder, as sending it would, and reads the tokens back out.</summary>
    private async Task<(string Approve, string Reject)> SendReminderAsync(LeaveRequest request)
    {
        var bodies = await Database.PrepareLinksAsync((await Database.EmailsAsync(request, EmailKind.Reminder)).Last())
            ?? throw new InvalidOperationException($"{request.Reference} is no longer pending, so its reminder got no links.");
        return (TokenAfter("Approve", bodies.Text), TokenAfter("Reject", bodies.Text));
    }

    private static string TokenAfter(string label, string text) =>
        Regex.Match(text, $"^{label}: {Regex.Escape(LeaveTestDatabase.PublicBaseUrl)}/decide/(?<token>\\S+)$", RegexOptions.Multiline).Groups["token"].Value;
}
