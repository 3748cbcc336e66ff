using System.Net;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Tests.Integration.SignIn;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Integration.TwoFactor;

/// <summary>
/// Wrong codes at the second step, and wrong passwords typed to turn two-factor sign-in off, are held back by the same
/// throttle as sign-in: a six-digit code cannot be guessed by trying them all, and no account is locked for it.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ThrottledTwoFactorTests(ThrottledSignInApp app) : IClassFixture<ThrottledSignInApp>
{
    [Fact]
    public async Task Wrong_codes_are_held_back_even_before_the_right_one()
    {
        var person = await app.NewPersonWithTwoFactorAsync(() => app.BrowserAt());
        var browser = app.BrowserAt();
        var secondStep = await TwoFactorPeople.SecondStepAsync(browser, person.Email, returnUrl: null);
        for (var i = 0; i < ThrottledSignInApp.FailuresPerAddress; i++)
        {
            using var wrong = await browser.FillInAndPostAsync(secondStep, new() { ["Input.Code"] = AuthenticatorAppCodes.Stale(person.Key) });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await browser.FillInAndPostAsync(secondStep, new() { ["Input.Code"] = person.SignInCode() });

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.StartsWith("Too many failed sign-ins", await right.AlertAsync());
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Wrong_codes_from_many_addresses_hold_the_account_back()
    {
        var person = await app.NewPersonWithTwoFactorAsync(() => app.BrowserAt());
        for (var i = 0; i < ThrottledSignInApp.FailuresPerAccount; i++)
        {
            using var wrong = await app.BrowserAt().SignInWithCodeAsync(person.Email, AuthenticatorAppCodes.Stale(person.Key));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        // The account's failures are used up, so even the right password from a new address is not checked yet.
        using var next = await app.BrowserAt().SignInAsync(person.Email, PeopleInTheApp.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [Fact]
    public async Task Password_typed_to_turn_it_off_is_held_back_after_wrong_ones()
    {
        var person = await app.NewPersonWithTwoFactorAsync(() => app.BrowserAt());
        var browser = person.Browser;
        for (var i = 0; i < ThrottledSignInApp.FailuresPerAddress; i++)
        {
            (await browser.FillInAndPostAsync(TwoFactorPeople.SettingsPage, new() { ["TurnOff.Password"] = $"Wrong-pass-{i}" }, "turn-off")).Dispose();
        }

        using var right = await browser.FillInAndPostAsync(TwoFactorPeople.SettingsPage, new() { ["TurnOff.Password"] = PeopleInTheApp.Password }, "turn-off");

        Assert.StartsWith("Too many failed sign-ins", (await right.ReadPageAsync()).QuerySelector("#password-error")?.TextContent.Trim());
        using var stillOn = await app.BrowserAt().SignInAsync(person.Email, PeopleInTheApp.Password);
        Assert.StartsWith("/Account/LoginWith2fa", stillOn.Headers.Location?.PathAndQuery);
    }
}
