using System.Net;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Tests.Integration.SignIn;
using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Mail;

namespace LeaveBlazor.Tests.Integration.Passwords;

/// <summary>
/// A forgotten password: the page answers the same for any address, emails a link through the outbox only to a real
/// account, and the link sets a new password once. Each browser asks from an address of its own, as people do, except
/// where a test is about one address asking many times.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ForgotPasswordTests(ThrottledSignInApp app) : IClassFixture<ThrottledSignInApp>
{
    private const string NewPassword = "Reset-pass-3";

    [Fact]
    public async Task Asking_queues_one_email_whose_link_sets_a_new_password()
    {
        var email = await NewPersonAsync();

        using var answer = await app.BrowserAt().AskForResetLinkAsync(email);
        var sent = Assert.Single(await app.ResetEmailsToAsync(email));
        using var reset = await app.CreateBrowser().SetNewPasswordAsync(await app.LinkInAsync(sent), NewPassword);

        Assert.Equal(PasswordResetLinks.Answer, await StatusTextAsync(answer));
        Assert.Contains("Your new password is set", await reset.Content.ReadAsStringAsync());
        using var signIn = await app.CreateBrowser().SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Email_says_how_long_the_link_works()
    {
        var email = await NewPersonAsync();

        using var _ = await app.BrowserAt().AskForResetLinkAsync(email);

        Assert.Contains("The link works for 2 hours, once.", Assert.Single(await app.ResetEmailsToAsync(email)).TextBody);
    }

    [Fact]
    public async Task Link_works_once()
    {
        var email = await NewPersonAsync();
        using var _ = await app.BrowserAt().AskForResetLinkAsync(email);
        var link = await app.LinkInAsync(Assert.Single(await app.ResetEmailsToAsync(email)));
        using var first = await app.CreateBrowser().SetNewPasswordAsync(link, NewPassword);

        using var second = await app.CreateBrowser().SetNewPasswordAsync(link, "Another-pass-4");

        Assert.Equal(PlainPasswordErrors.ResetLinkNotValid, await second.AlertAsync());
        using var signIn = await app.CreateBrowser().SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Unknown_address_gets_the_same_answer_and_no_email()
    {
        var email = $"nobody-{Guid.NewGuid():N}@leaveblazor.test";

        using var answer = await app.BrowserAt().AskForResetLinkAsync(email);

        Assert.Equal(PasswordResetLinks.Answer, await StatusTextAsync(answer));
        Assert.Empty(await app.ResetEmailsToAsync(email));
    }

    [Fact]
    public async Task Deactivated_person_gets_the_same_answer_and_no_email()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.SetActiveAsync(await app.CreatePersonAsync(draft), active: false);

        using var answer = await app.BrowserAt().AskForResetLinkAsync(draft.Email!);

        Assert.Equal(PasswordResetLinks.Answer, await StatusTextAsync(answer));
        Assert.Empty(await app.ResetEmailsToAsync(draft.Email!));
    }

    [Fact]
    public async Task Asking_again_and_again_sends_only_a_few_emails()
    {
        var email = await NewPersonAsync();

        for (var i = 0; i < ResetLinkThrottle.Burst + 2; i++)
        {
            using var answer = await app.BrowserAt().AskForResetLinkAsync(email);
            Assert.Equal(PasswordResetLinks.Answer, await StatusTextAsync(answer));
        }

        Assert.Equal(ResetLinkThrottle.Burst, (await app.ResetEmailsToAsync(email)).Count);
    }

    [Fact]
    public async Task One_client_asking_for_many_addresses_is_held_back_and_told_so()
    {
        var address = app.NewAddress();
        for (var i = 0; i < ResetLinkThrottle.ClientBurst; i++)
        {
            using var answer = await app.BrowserAt(address).AskForResetLinkAsync($"someone-{i}-{Guid.NewGuid():N}@leaveblazor.test");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        var email = await NewPersonAsync();
        using var heldBack = await app.BrowserAt(address).AskForResetLinkAsync(email);
        using var elsewhere = await app.BrowserAt().AskForResetLinkAsync(email);

        Assert.Equal(HttpStatusCode.TooManyRequests, heldBack.StatusCode);
        Assert.StartsWith("Many reset links have been asked for from your network lately.", await heldBack.AlertAsync());
        Assert.True(heldBack.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(PasswordResetLinks.Answer, await StatusTextAsync(elsewhere));
        Assert.Single(await app.ResetEmailsToAsync(email));
    }

    [Fact]
    public async Task Outbox_keeps_no_working_link_only_the_email_that_left_has_one()
    {
        var email = await NewPersonAsync();
        using var _ = await app.BrowserAt().AskForResetLinkAsync(email);
        var queued = Assert.Single(await app.ResetEmailsToAsync(email));

        var link = await app.LinkInAsync(queued);
        var stored = Assert.Single(await app.ResetEmailsToAsync(email));

        Assert.StartsWith("/Account/ResetPassword?user=", link);
        Assert.Equal((OutboxState.Sent, false, false), (stored.State, stored.TextBody.Contains("code="), stored.HtmlBody.Contains("code=")));
        Assert.Contains(OutboxMessage.ResetLinkPlaceholder, stored.TextBody);
    }

    [Fact]
    public async Task Person_deactivated_before_the_email_leaves_gets_no_link()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);
        using var _ = await app.BrowserAt().AskForResetLinkAsync(draft.Email!);
        var queued = Assert.Single(await app.ResetEmailsToAsync(draft.Email!));
        var written = new EmailBodies(queued.HtmlBody, queued.TextBody);
        var whileActive = await app.InScopeAsync<PasswordResetLinks, EmailBodies?>(links => links.FillAsync(queued, written, default));

        await app.SetActiveAsync(id, active: false);
        var afterwards = await app.InScopeAsync<PasswordResetLinks, EmailBodies?>(links => links.FillAsync(queued, written, default));

        Assert.Contains("/Account/ResetPassword?user=", whileActive?.Text);
        Assert.Null(afterwards);
    }

    [Fact]
    public async Task Weak_new_password_is_refused_in_plain_words_and_the_link_still_works()
    {
        var email = await NewPersonAsync();
        using var _ = await app.BrowserAt().AskForResetLinkAsync(email);
        var link = await app.LinkInAsync(Assert.Single(await app.ResetEmailsToAsync(email)));

        using var weak = await app.CreateBrowser().SetNewPasswordAsync(link, "short");
        using var strong = await app.CreateBrowser().SetNewPasswordAsync(link, NewPassword);

        Assert.Equal("Use at least 8 characters.", (await weak.ReadPageAsync()).QuerySelector(".field-error")?.TextContent.Trim());
        Assert.Contains("Your new password is set", await strong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Tampered_link_is_refused_in_plain_words()
    {
        var email = await NewPersonAsync();
        using var _ = await app.BrowserAt().AskForResetLinkAsync(email);
        var link = await app.LinkInAsync(Assert.Single(await app.ResetEmailsToAsync(email)));

        using var refused = await app.CreateBrowser().SetNewPasswordAsync(link[..^4] + "AAAA", NewPassword);

        Assert.Equal((HttpStatusCode.OK, PlainPasswordErrors.ResetLinkNotValid), (refused.StatusCode, await refused.AlertAsync()));
    }

    private async Task<string> NewPersonAsync()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);
        return draft.Email!;
    }

    private static async Task<string?> StatusTextAsync(HttpResponseMessage response) =>
        (await response.ReadPageAsync()).QuerySelector("[role=status]")?.TextContent.Trim();
}
