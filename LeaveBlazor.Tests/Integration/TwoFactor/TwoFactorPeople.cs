using System.Net;
using AngleSharp.Html.Dom;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LeaveBlazor.Tests.Integration.TwoFactor;

/// <summary>A new person who has turned two-factor sign-in on through the page, as they would with their phone.</summary>
public sealed record TwoFactorPerson(string Email, string Key, IReadOnlyList<string> RecoveryCodes, HttpClient Browser)
{
    /// <summary>A code for signing in: the setup spent the one showing now, and each code works once.</summary>
    public string SignInCode() => AuthenticatorAppCodes.Next(Key);
}

public static class TwoFactorPeople
{
    public const string SettingsPage = "/Account/TwoFactor";

    /// <summary>A new person, signed in, on the settings page with two-factor sign-in still off.</summary>
    public static async Task<(string Email, HttpClient Browser)> NewSignedInPersonAsync(this WebApplicationFactory<Program> app, Func<HttpClient> newBrowser)
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);
        var browser = newBrowser();
        using var signedIn = await browser.SignInAsync(draft.Email!, PeopleInTheApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (draft.Email!, browser);
    }

    public static async Task<TwoFactorPerson> NewPersonWithTwoFactorAsync(this WebApplicationFactory<Program> app, Func<HttpClient> newBrowser)
    {
        var (email, browser) = await app.NewSignedInPersonAsync(newBrowser);
        var key = await KeyShownAsync(browser);
        using var turnedOn = await browser.FillInAndPostAsync(SettingsPage, TurnOn(AuthenticatorAppCodes.Now(key)));
        return new TwoFactorPerson(email, key, RecoveryCodesIn(await turnedOn.ReadPageAsync()), browser);
    }

    public static async Task<string> KeyShownAsync(HttpClient browser) =>
        (await browser.GetPageAsync(SettingsPage)).QuerySelector("[data-testid=authenticator-key]")?.TextContent.Trim()
        ?? throw new InvalidOperationException("The settings page shows no key.");

    public static IReadOnlyList<string> RecoveryCodesIn(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".recovery-codes li").Select(item => item.TextContent.Trim())];

    public static Dictionary<string, string> TurnOn(string code) => new() { ["TurnOn.Code"] = code };

    /// <summary>Password, then the second step's form with <paramref name="code"/>; the answer to the second post.</summary>
    public static async Task<HttpResponseMessage> SignInWithCodeAsync(this HttpClient browser, string email, string code, bool rememberDevice = false, string? returnUrl = null)
    {
        var secondStep = await SecondStepAsync(browser, email, returnUrl);
        var typed = new Dictionary<string, string> { ["Input.Code"] = code };
        if (rememberDevice)
        {
            typed["Input.RememberDevice"] = "true";
        }

        return await browser.FillInAndPostAsync(secondStep, typed);
    }

    /// <summary>Password, then the link to the recovery-code form, then <paramref name="recoveryCode"/>.</summary>
    public static async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(this HttpClient browser, string email, string recoveryCode)
    {
        var secondStep = await SecondStepAsync(browser, email, returnUrl: null);
        var link = (await browser.GetPageAsync(secondStep)).QuerySelector("a[href^='Account/LoginWithRecoveryCode']")?.GetAttribute("href")
            ?? throw new InvalidOperationException("The code page has no link to use a recovery code.");
        return await browser.FillInAndPostAsync("/" + link, new() { ["Input.Code"] = recoveryCode });
    }

    /// <summary>Signs in with the password and returns where that sends a person with two-factor sign-in on.</summary>
    public static async Task<string> SecondStepAsync(HttpClient browser, string email, string? returnUrl)
    {
        using var first = await browser.SignInAsync(email, PeopleInTheApp.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var secondStep = first.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/Account/LoginWith2fa", secondStep);
        return secondStep;
    }
}
