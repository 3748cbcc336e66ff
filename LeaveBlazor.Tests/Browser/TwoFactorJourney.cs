using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// A new colleague turns on two-factor sign-in from their account page, as they would with a phone in hand, keeps the
/// recovery codes, and signs in the next time with their password and the app's code.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class TwoFactorJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Setting_up_two_factor_sign_in_and_signing_in_with_a_code()
    {
        var draft = PeopleInTheApp.NewPerson();
        await App.CreatePersonAsync(draft);
        var person = await OpenBrowserAsync("two-factor");
        await SignInWithPasswordAsync(person, draft.Email!);

        await person.GetByRole(AriaRole.Link, new() { Name = "Your account" }).ClickAsync();
        await Expect(person.GetByTestId("two-factor-status")).ToContainTextAsync("Off");
        await person.GetByRole(AriaRole.Link, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        await Expect(person.GetByRole(AriaRole.Img, new() { NameRegex = new("^QR code") })).ToBeVisibleAsync();
        var key = await person.GetByTestId("authenticator-key").TextContentAsync() ?? "";
        await person.GetByLabel("6-digit code").FillAsync(AuthenticatorAppCodes.At(key, AppNow));
        await person.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();

        await Expect(person.GetByRole(AriaRole.Status)).ToContainTextAsync("Two-factor sign-in is on");
        await Expect(person.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);

        await person.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInWithPasswordAsync(person, draft.Email!);
        await Expect(person.Locator("h1")).ToHaveTextAsync("Enter your sign-in code");
        await person.GetByLabel("6-digit code").FillAsync(AuthenticatorAppCodes.At(key, AppNow.AddSeconds(30)));
        await person.GetByLabel("6-digit code").PressAsync("Enter");

        await person.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/Account", StringComparison.OrdinalIgnoreCase));
        await Expect(person.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    /// <summary>The app's clock (this app runs on a test clock), which is what the phone's clock must agree with.</summary>
    private DateTimeOffset AppNow => App.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private static async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(PeopleInTheApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase));
    }
}
