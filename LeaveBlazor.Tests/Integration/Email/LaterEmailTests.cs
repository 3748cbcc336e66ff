using System.Net;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using static LeaveBlazor.Tests.Integration.LeaveApp;

namespace LeaveBlazor.Tests.Integration.Email;

[Collection(LeaveAppCollection.Name)]
public sealed class LaterEmailTests(EmailApp app) : LaterEmail<EmailApp>(app);

[Collection(LeaveAppCollection.Name)]
public sealed class LaterEmailOnPostgreSqlTests(EmailAppOnPostgreSql app) : LaterEmail<EmailAppOnPostgreSql>(app);

/// <summary>
/// The emails that follow a request's first two, as a real SMTP server receives them: the outcome to the requester,
/// the cancellation notice and the reminder to the approver. Each test starts once the first two have arrived.
/// </summary>
public abstract class LaterEmail<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : EmailApp
{
    [Fact]
    public async Task Approval_tells_the_requester_who_approved()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();

        await app.ApproveInInboxAsync(request, "Enjoy the break");

        var emails = await app.EmailsAboutAsync(request, count: 3);
        Assert.Contains(emails, e => e.IsTo(AlexEmail) && e.Subject == $"[{request.Reference}] Your leave request was approved by Dana Manager");
    }

    [Fact]
    public async Task Approval_email_carries_the_approvers_comment()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();

        await app.ApproveInInboxAsync(request, "Enjoy the break");

        var outcome = await app.EmailAsync(request, AlexEmail, "was approved by");
        Assert.Contains("Comment:      Enjoy the break", outcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejection_tells_the_requester_who_rejected()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();

        await app.RejectInInboxAsync(request, "Team is short that week");

        var emails = await app.EmailsAboutAsync(request, count: 3);
        Assert.Contains(emails, e => e.IsTo(AlexEmail) && e.Subject == $"[{request.Reference}] Your leave request was rejected by Dana Manager");
    }

    [Fact]
    public async Task Rejection_email_gives_the_reason()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();

        await app.RejectInInboxAsync(request, "Team is short that week");

        var outcome = await app.EmailAsync(request, AlexEmail, "was rejected by");
        Assert.Contains("Why rejected: Team is short that week", outcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_tells_the_approver()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();

        await app.CancelAsync(request);

        var emails = await app.EmailsAboutAsync(request, count: 3);
        Assert.Contains(emails, e => e.IsTo(DanaEmail) && e.Subject == $"[{request.Reference}] Cancelled: leave request from Alex Employee");
    }

    [Fact]
    public async Task Reminder_tells_the_approver_the_request_is_waiting()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();

        await app.QueueReminderAsync(request);

        var emails = await app.EmailsAboutAsync(request, count: 3);
        Assert.Contains(emails, e => e.IsTo(DanaEmail) && e.Subject == $"[{request.Reference}] Reminder: leave request from Alex Employee is waiting for you");
    }

    [Fact]
    public async Task Reminder_says_how_long_the_request_has_waited()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        app.Time.Advance(TimeSpan.FromDays(2));

        await app.QueueReminderAsync(request);

        var reminder = await app.EmailAsync(request, DanaEmail, "Reminder:");
        Assert.StartsWith("Reminder: Alex Employee is waiting for your decision (2 days)", reminder.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Approve")]
    [InlineData("Reject")]
    public async Task Reminder_carries_fresh_links_of_its_own(string button)
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        var first = (await app.DecisionRequestAsync(request)).LinkLabelled(button);

        await app.QueueReminderAsync(request);

        var again = (await app.EmailAsync(request, DanaEmail, "Reminder:")).LinkLabelled(button);
        Assert.Equal((true, true), (again != first, again?.StartsWith($"{EmailApp.PublicBaseUrl}/decide/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reminder_link_opens_the_decision_form()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();

        await app.QueueReminderAsync(request);

        var reminder = await app.EmailAsync(request, DanaEmail, "Reminder:");
        using var response = await app.CreateBrowser().OpenLinkAsync(EmailApp.DecisionTokenOf(reminder.LinkLabelled("Approve")));
        var question = (await response.ReadPageAsync()).QuerySelector("[data-testid=question]")?.TextContent.Trim();
        Assert.Equal((HttpStatusCode.OK, $"Approve {request.Reference}?"), (response.StatusCode, question));
    }
}
