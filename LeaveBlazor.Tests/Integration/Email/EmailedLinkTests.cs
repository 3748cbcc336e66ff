using System.Net;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using static LeaveBlazor.Tests.Integration.LeaveApp;

namespace LeaveBlazor.Tests.Integration.Email;

/// <summary>
/// Following the links of the decision request as Dana's mail client received it: the address comes from the
/// email's HTML, and the app's test client opens its path without signing in.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class EmailedLinkTests(EmailApp app) : IClassFixture<EmailApp>
{
    [Fact]
    public async Task Opening_the_emailed_approve_link_decides_nothing()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        var token = await EmailedTokenAsync(request, "Approve");

        using var response = await app.CreateBrowser().OpenLinkAsync(token);

        Assert.Equal((HttpStatusCode.OK, LeaveStatus.Pending), (response.StatusCode, (await app.ReloadAsync(request)).Status));
    }

    [Fact]
    public async Task Pressing_approve_on_the_emailed_links_page_approves_by_email_link()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        var token = await EmailedTokenAsync(request, "Approve");

        (await app.CreateBrowser().DecideAsync(token, "Approve")).Dispose();

        var decided = await app.ReloadAsync(request);
        Assert.Equal((LeaveStatus.Approved, LeaveChannel.EmailLink), (decided.Status, decided.History[^1].Channel));
    }

    [Fact]
    public async Task Deciding_by_the_emailed_link_sends_the_requester_the_outcome()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        var token = await EmailedTokenAsync(request, "Approve");

        (await app.CreateBrowser().DecideAsync(token, "Approve", "Have a good trip")).Dispose();

        var emails = await app.EmailsAboutAsync(request, count: 3);
        Assert.Contains(emails, e => e.IsTo(AlexEmail) && e.Subject == $"[{request.Reference}] Your leave request was approved by Dana Manager");
    }

    [Fact]
    public async Task Sending_the_form_of_an_emailed_link_twice_is_told_the_link_was_used()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        var form = await app.CreateBrowser().OpenDecisionFormAsync(await EmailedTokenAsync(request, "Approve"));
        (await form.PressAsync("Approve")).Dispose();

        using var again = await form.PressAsync("Approve");

        Assert.Equal((HttpStatusCode.Gone, "This link has already been used"), (again.StatusCode, await ProblemAsync(again)));
    }

    [Fact]
    public async Task Emailed_link_of_a_request_approved_in_the_inbox_says_who_approved_it()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        var token = await EmailedTokenAsync(request, "Approve");
        await app.ApproveInInboxAsync(request);

        using var response = await app.CreateBrowser().OpenLinkAsync(token);

        var message = (await response.ReadPageAsync()).QuerySelector("[data-testid=problem-message]")?.TextContent.Trim();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith($"{request.Reference} was already approved by Dana Manager on ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emailed_link_opened_after_it_expired_is_gone()
    {
        // Leave on the next working day: its links die at the start of the day after.
        var request = await app.AlexAsksAndIsEmailedAsync(day: app.NextWorkingDay());
        var token = await EmailedTokenAsync(request, "Approve");
        app.Time.SetUtcNow(await app.LinksExpireAtAsync(request));

        using var response = await app.CreateBrowser().OpenLinkAsync(token);

        Assert.Equal((HttpStatusCode.Gone, "This link has expired"), (response.StatusCode, await ProblemAsync(response)));
    }

    private async Task<string> EmailedTokenAsync(LeaveRequest request, string button) =>
        EmailApp.DecisionTokenOf((await app.DecisionRequestAsync(request)).LinkLabelled(button));

    private static async Task<string?> ProblemAsync(HttpResponseMessage response) =>
        (await response.ReadPageAsync()).QuerySelector("[data-testid=problem]")?.TextContent.Trim();
}
