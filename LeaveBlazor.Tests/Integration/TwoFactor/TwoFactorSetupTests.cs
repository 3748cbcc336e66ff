using System.Net;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Identity.TwoFactor;
using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Tests.Integration.TwoFactor;

/// <summary>
/// A person turns two-factor sign-in on at <c>/Account/TwoFactor</c> with a code from their app, keeps the recovery
/// codes shown once, makes new ones, and turns it off again with their password.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class TwoFactorSetupTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Right_code_turns_it_on_and_shows_ten_different_recovery_codes_once()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);

        var codes = person.RecoveryCodes;
        Assert.Equal(10, codes.Distinct().Count());
        NonEmpty.All(codes, code => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", code));
        var settingsAgain = await person.Browser.GetPageAsync(TwoFactorPeople.SettingsPage);
        Assert.Empty(TwoFactorPeople.RecoveryCodesIn(settingsAgain));
        Assert.Equal("10 recovery codes left.", settingsAgain.QuerySelector("[data-testid=codes-left]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Stale_or_malformed_code_is_refused_in_plain_words_and_leaves_it_off()
    {
        var (email, browser) = await app.NewSignedInPersonAsync(app.CreateBrowser);
        var key = await TwoFactorPeople.KeyShownAsync(browser);

        using var stale = await browser.FillInAndPostAsync(TwoFactorPeople.SettingsPage, TwoFactorPeople.TurnOn(AuthenticatorAppCodes.Stale(key)));
        using var letters = await browser.FillInAndPostAsync(TwoFactorPeople.SettingsPage, TwoFactorPeople.TurnOn("12345a"));

        Assert.StartsWith("That code is not the one your app shows now.", await CodeErrorAsync(stale));
        Assert.Equal("Type the 6-digit code your authenticator app shows for LeaveBlazor.", await CodeErrorAsync(letters));
        using var signIn = await app.CreateBrowser().SignInAsync(email, PeopleInTheApp.Password);
        Assert.Equal("/", signIn.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Key_stays_the_same_until_it_is_used_so_a_reload_does_not_break_the_app_entry()
    {
        var (_, browser) = await app.NewSignedInPersonAsync(app.CreateBrowser);

        var first = await TwoFactorPeople.KeyShownAsync(browser);
        var second = await TwoFactorPeople.KeyShownAsync(browser);

        Assert.Equal(first, second);
        Assert.Matches("^([a-z2-7]{4} ){7}[a-z2-7]{4}$", first);
    }

    [Fact]
    public async Task Turning_it_on_ends_the_other_sessions_and_keeps_this_one()
    {
        var (email, here) = await app.NewSignedInPersonAsync(app.CreateBrowser);
        var elsewhere = app.CreateBrowser();
        (await elsewhere.SignInAsync(email, PeopleInTheApp.Password)).Dispose();
        var key = await TwoFactorPeople.KeyShownAsync(here);

        (await here.FillInAndPostAsync(TwoFactorPeople.SettingsPage, TwoFactorPeople.TurnOn(AuthenticatorAppCodes.Now(key)))).Dispose();

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/requests")).StatusCode);
        Assert.Equal("/Account/Login", (await elsewhere.GetAsync("/requests")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);

        using var renewed = await person.Browser.FillInAndPostAsync(TwoFactorPeople.SettingsPage, [], "new-recovery-codes");
        var newCodes = TwoFactorPeople.RecoveryCodesIn(await renewed.ReadPageAsync());

        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(person.RecoveryCodes));
        using var withOld = await app.CreateBrowser().SignInWithRecoveryCodeAsync(person.Email, person.RecoveryCodes[0]);
        Assert.Equal(TwoFactorSignIn.WrongRecoveryCode, await withOld.AlertAsync());
    }

    [Fact]
    public async Task Turning_it_off_needs_the_password_then_the_password_alone_signs_in()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);

        using var wrong = await person.Browser.FillInAndPostAsync(TwoFactorPeople.SettingsPage, TurnOff("Not-the-password-1"), "turn-off");
        Assert.Equal(PlainPasswordErrors.WrongCurrentPassword, await PasswordErrorAsync(wrong));
        using var stillOn = await app.CreateBrowser().SignInAsync(person.Email, PeopleInTheApp.Password);
        Assert.StartsWith("/Account/LoginWith2fa", stillOn.Headers.Location?.PathAndQuery);

        using var off = await person.Browser.FillInAndPostAsync(TwoFactorPeople.SettingsPage, TurnOff(PeopleInTheApp.Password), "turn-off");

        Assert.StartsWith("Two-factor sign-in is off", (await off.ReadPageAsync()).QuerySelector("[role=status]")?.TextContent.Trim());
        using var passwordAlone = await app.CreateBrowser().SignInAsync(person.Email, PeopleInTheApp.Password);
        Assert.Equal("/", passwordAlone.Headers.Location?.PathAndQuery);
        Assert.NotEqual(person.Key, await TwoFactorPeople.KeyShownAsync(person.Browser));
    }

    [Fact]
    public async Task Database_keeps_only_hashes_of_the_recovery_codes()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);

        var stored = await StoredRecoveryCodesAsync(person.Email);

        Assert.Equal(10, stored.Split(';').Length);
        NonEmpty.All(person.RecoveryCodes, code =>
        {
            Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(code.Replace("-", ""), stored, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Page_asks_a_visitor_to_sign_in()
    {
        using var response = await app.CreateBrowser().GetAsync(TwoFactorPeople.SettingsPage);

        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
    }

    private async Task<string> StoredRecoveryCodesAsync(string email)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.Value FROM AspNetUserTokens t JOIN AspNetUsers u ON u.Id = t.UserId
            WHERE u.Email = $email AND t.Name = 'RecoveryCodes'
            """;
        command.Parameters.AddWithValue("$email", email);
        return (string?)await command.ExecuteScalarAsync() ?? "";
    }

    private static Dictionary<string, string> TurnOff(string password) => new() { ["TurnOff.Password"] = password };

    private static async Task<string?> CodeErrorAsync(HttpResponseMessage response) =>
        (await response.ReadPageAsync()).QuerySelector("#code-error")?.TextContent.Trim();

    private static async Task<string?> PasswordErrorAsync(HttpResponseMessage response) =>
        (await response.ReadPageAsync()).QuerySelector("#password-error")?.TextContent.Trim();
}
