using System.Net;
using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity.TwoFactor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.TwoFactor;

/// <summary>
/// Signing in with two-factor sign-in on: the password leads to a second step, where the app's code or one recovery
/// code finishes the sign-in; nothing else does.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class TwoFactorSignInTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Password_alone_signs_nobody_in()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);
        var browser = app.CreateBrowser();

        var secondStep = await TwoFactorPeople.SecondStepAsync(browser, person.Email, returnUrl: null);

        Assert.Equal("/Account/Login", (await browser.GetAsync("/requests")).Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(secondStep)).StatusCode);
    }

    [Fact]
    public async Task Code_from_the_app_signs_in_and_goes_where_the_person_was_going()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);
        var browser = app.CreateBrowser();

        using var signedIn = await browser.SignInWithCodeAsync(person.Email, person.SignInCode(), returnUrl: "/requests/new");

        Assert.Equal("/requests/new", signedIn.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/requests")).StatusCode);
    }

    [Fact]
    public async Task Wrong_code_is_refused_in_plain_words()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);
        var browser = app.CreateBrowser();

        using var stale = await browser.SignInWithCodeAsync(person.Email, AuthenticatorAppCodes.Stale(person.Key));
        using var short_ = await browser.SignInWithCodeAsync(person.Email, "12345");

        Assert.Equal(TwoFactorSignIn.WrongCode, await stale.AlertAsync());
        Assert.Equal(TwoFactorSignIn.NotSixDigits, await short_.AlertAsync());
        Assert.Equal("/Account/Login", (await browser.GetAsync("/requests")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Each_code_signs_in_once()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);
        var code = person.SignInCode();
        (await app.CreateBrowser().SignInWithCodeAsync(person.Email, code)).Dispose();
        var again = app.CreateBrowser();

        using var reused = await again.SignInWithCodeAsync(person.Email, code);

        Assert.Equal(TwoFactorSignIn.WrongCode, await reused.AlertAsync());
        Assert.Equal("/Account/Login", (await again.GetAsync("/requests")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Code_used_to_turn_it_on_does_not_sign_in()
    {
        var (email, browser) = await app.NewSignedInPersonAsync(app.CreateBrowser);
        var key = await TwoFactorPeople.KeyShownAsync(browser);
        var code = AuthenticatorAppCodes.Now(key);
        (await browser.FillInAndPostAsync(TwoFactorPeople.SettingsPage, TwoFactorPeople.TurnOn(code))).Dispose();

        using var reused = await app.CreateBrowser().SignInWithCodeAsync(email, code);

        Assert.Equal(TwoFactorSignIn.WrongCode, await reused.AlertAsync());
    }

    [Fact]
    public async Task Recovery_code_signs_in_once_and_shows_the_codes_left()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);
        var browser = app.CreateBrowser();

        using var first = await browser.SignInWithRecoveryCodeAsync(person.Email, person.RecoveryCodes[3].ToLowerInvariant());
        using var again = await app.CreateBrowser().SignInWithRecoveryCodeAsync(person.Email, person.RecoveryCodes[3]);

        Assert.Equal("/" + TwoFactorSignIn.SettingsPage, first.Headers.Location?.PathAndQuery);
        var settings = await browser.GetPageAsync(TwoFactorPeople.SettingsPage);
        Assert.Equal("9 recovery codes left.", settings.QuerySelector("[data-testid=codes-left]")?.TextContent.Trim());
        Assert.Equal(TwoFactorSignIn.WrongRecoveryCode, await again.AlertAsync());
    }

    [Fact]
    public async Task Remembered_device_is_not_asked_for_a_code_again()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);
        var browser = app.CreateBrowser();
        (await browser.SignInWithCodeAsync(person.Email, person.SignInCode(), rememberDevice: true)).Dispose();
        (await browser.SignOutAsync()).Dispose();

        using var again = await browser.SignInAsync(person.Email, PeopleInTheApp.Password);

        Assert.Equal("/", again.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Second_step_without_the_password_first_says_to_sign_in_again()
    {
        using var response = await app.CreateBrowser().GetAsync("/Account/LoginWith2fa?ReturnUrl=requests");

        var page = await response.ReadPageAsync();
        Assert.Equal(TwoFactorSignIn.NotStarted, page.QuerySelector("[role=alert]")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("#code"));
    }

    [Fact]
    public async Task Admin_can_turn_it_off_for_someone_who_lost_their_phone_and_it_is_audited()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);
        var id = (await app.EmployeeAsync(person.Email)).Id;
        var admin = await app.DemoAdminAsync();

        await app.WithAccountsAsync(async accounts =>
        {
            await accounts.TurnOffTwoFactorAsync(id, admin);
            return id;
        });

        Assert.Equal("/Account/Login", (await person.Browser.GetAsync("/requests")).Headers.Location?.AbsolutePath);
        using var passwordAlone = await app.CreateBrowser().SignInAsync(person.Email, PeopleInTheApp.Password);
        Assert.Equal("/", passwordAlone.Headers.Location?.PathAndQuery);
        await using var scope = app.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().AuditEntries
            .Where(entry => entry.Subject.EndsWith($"({person.Email})") && entry.Action == AuditAction.TwoFactorTurnedOff).ToListAsync();
        Assert.Equal("Ada Admin", Assert.Single(audited).ActorName);
    }
}
