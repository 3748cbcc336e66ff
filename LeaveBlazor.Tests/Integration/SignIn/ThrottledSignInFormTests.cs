using System.Net;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.SignIn;

/// <summary>
/// Wrong passwords on the sign-in page slow whoever types them: an address past its failures, or an account past its
/// own, is told to wait (429 with Retry-After); the account's owner elsewhere still gets in. Every test uses addresses
/// and accounts of its own, so the allowances do not mix.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ThrottledSignInFormTests(ThrottledSignInApp app) : IClassFixture<ThrottledSignInApp>
{
    [Fact]
    public async Task Address_past_its_failures_gets_too_many_requests_with_retry_after()
    {
        var browser = app.BrowserAt();
        await FailOnNewAccountsAsync(browser, ThrottledSignInApp.FailuresPerAddress);

        var response = await browser.SignInAsync(UnknownEmail(), "wrong-password");

        Assert.Equal((HttpStatusCode.TooManyRequests, true), (response.StatusCode, response.Headers.RetryAfter?.Delta > TimeSpan.Zero));
    }

    [Fact]
    public async Task Held_back_page_says_how_long_to_wait()
    {
        var browser = app.BrowserAt();
        await FailOnNewAccountsAsync(browser, ThrottledSignInApp.FailuresPerAddress);

        var response = await browser.SignInAsync(UnknownEmail(), "wrong-password");

        Assert.Equal(SignInAnswers.HeldBack(response.Headers.RetryAfter!.Delta!.Value), await response.AlertAsync());
    }

    [Fact]
    public async Task Held_back_address_is_held_back_with_the_right_password_too()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);
        var browser = app.BrowserAt();
        await FailOnNewAccountsAsync(browser, ThrottledSignInApp.FailuresPerAddress);

        var response = await browser.SignInAsync(draft.Email!, PeopleInTheApp.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Owner_signs_in_while_another_address_keeps_guessing_their_password()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);
        var attacker = app.BrowserAt();
        for (var i = 0; i < 12; i++)
        {
            (await attacker.SignInAsync(draft.Email!, $"guess-{i}")).Dispose();
        }

        var response = await app.BrowserAt().SignInAsync(draft.Email!, PeopleInTheApp.Password);

        Assert.Equal((HttpStatusCode.Redirect, "/"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task Account_failing_from_many_addresses_is_held_back_from_every_address()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);

        // Each address fails once, spelling the email its own way: the account counts them all.
        string[] spellings = [draft.Email!, draft.Email!.ToUpperInvariant(), char.ToUpperInvariant(draft.Email![0]) + draft.Email![1..]];
        foreach (var spelling in spellings.Take(ThrottledSignInApp.FailuresPerAccount))
        {
            (await app.BrowserAt().SignInAsync(spelling, "wrong-password")).Dispose();
        }

        var response = await app.BrowserAt().SignInAsync(draft.Email!, PeopleInTheApp.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Right_passwords_use_up_nothing()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);
        var address = app.NewAddress();
        for (var i = 0; i < ThrottledSignInApp.FailuresPerAccount + 1; i++)
        {
            (await app.BrowserAt(address).SignInAsync(draft.Email!, PeopleInTheApp.Password)).Dispose();
        }

        var response = await app.BrowserAt(address).SignInAsync(draft.Email!, PeopleInTheApp.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string UnknownEmail() => $"nobody-{Guid.NewGuid():N}@leaveblazor.test";

    private static async Task FailOnNewAccountsAsync(HttpClient browser, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var response = await browser.SignInAsync(UnknownEmail(), "wrong-password");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
