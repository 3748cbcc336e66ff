using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LeaveBlazor.Tests.Support;
using static LeaveBlazor.Tests.Integration.LeaveApp;

namespace LeaveBlazor.Tests.Integration.Email;

[Collection(LeaveAppCollection.Name)]
public sealed class SubmissionEmailTests(EmailApp app) : SubmissionEmail<EmailApp>(app);

[Collection(LeaveAppCollection.Name)]
public sealed class SubmissionEmailOnPostgreSqlTests(EmailAppOnPostgreSql app) : SubmissionEmail<EmailAppOnPostgreSql>(app);

/// <summary>What a real SMTP server receives when Alex asks Dana for leave: a receipt for Alex, a decision request for Dana.</summary>
public abstract class SubmissionEmail<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : EmailApp
{
    [Fact]
    public async Task Requester_receives_a_receipt_under_the_reference()
    {
        var request = await app.AlexSubmitsAsync();

        var emails = await app.EmailsAboutAsync(request, count: 2);

        Assert.Contains(emails, e => e.IsTo(AlexEmail) && e.Subject == $"[{request.Reference}] Your leave request was sent to Dana Manager");
    }

    [Fact]
    public async Task Approver_receives_a_decision_request_under_the_reference()
    {
        var request = await app.AlexSubmitsAsync();

        var emails = await app.EmailsAboutAsync(request, count: 2);

        Assert.Contains(emails, e => e.IsTo(DanaEmail) && e.Subject.StartsWith($"[{request.Reference}] Leave request from Alex Employee", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Approve")]
    [InlineData("Reject")]
    public async Task Decision_request_has_a_link_to_a_decision_page(string button)
    {
        var request = await app.AlexSubmitsAsync();

        var email = await app.DecisionRequestAsync(request);

        Assert.StartsWith($"{EmailApp.PublicBaseUrl}/decide/", email.LinkLabelled(button), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_request_says_what_the_requester_will_have_left_if_approved()
    {
        var request = await app.AlexSubmitsAsync();

        var email = await app.DecisionRequestAsync(request);

        var line = Assert.Single((email.Text ?? "").Split('\n'), l => l.StartsWith("Balance if approved:", StringComparison.Ordinal));
        var numbers = Regex.Match(line, $@"Annual {request.FirstDay.Year}: (-?[\d.]+) days? left.* · this request uses 1 day · (-?[\d.]+) days? after$");
        Assert.True(numbers.Success, line);
        Assert.Equal(decimal.Parse(numbers.Groups[1].Value, CultureInfo.InvariantCulture) - 1, decimal.Parse(numbers.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.Contains(numbers.Value, new HtmlParser().ParseDocument(email.Html ?? "").Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_and_reject_links_differ()
    {
        var request = await app.AlexSubmitsAsync();

        var email = await app.DecisionRequestAsync(request);

        Assert.NotEqual(email.LinkLabelled("Approve"), email.LinkLabelled("Reject"));
    }

    [Fact]
    public async Task Decision_request_links_to_the_inbox()
    {
        var request = await app.AlexSubmitsAsync();

        var email = await app.DecisionRequestAsync(request);

        Assert.Equal($"{EmailApp.PublicBaseUrl}/inbox", email.LinkLabelled("inbox"));
    }

    [Fact]
    public async Task Decision_request_shows_the_requester_dates_working_days_and_reason()
    {
        // A week of its own, far from the single days the other tests take.
        var request = await app.AlexSubmitsAsync("Family visit", new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 5));

        var email = await app.DecisionRequestAsync(request);

        var html = new HtmlParser().ParseDocument(email.Html ?? "").Body?.TextContent ?? "";
        NonEmpty.All(
            ["Alex Employee", "1–5 Mar 2027", "5 working days", "Family visit"],
            shown => Assert.Equal((true, true), (html.Contains(shown, StringComparison.Ordinal), email.Text?.Contains(shown, StringComparison.Ordinal))));
    }
}
