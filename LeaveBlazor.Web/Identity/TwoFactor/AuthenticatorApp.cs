using LeaveBlazor.Core.Rules;
using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Web.Identity.TwoFactor;

/// <summary>Whether a person signs in with a code from an authenticator app, and how many recovery codes they have left.</summary>
public sealed record TwoFactorStatus(bool IsOn, int RecoveryCodesLeft);

/// <summary>What a person needs to add the account to an authenticator app: the key to type, or the QR code to scan.</summary>
public sealed record AuthenticatorEnrolment(string Key, string QrCodeImage);

/// <summary>
/// A person's own two-factor sign-in (TOTP, as Identity does it): set up with a code from the app, recovery codes shown
/// once, new codes on demand, and turned off only with the password. Turning it on or off renews the security stamp, so
/// the account's other sessions end; this one is refreshed and goes on.
/// </summary>
public sealed class AuthenticatorApp(UserManager<AppUser> users, SignInManager<AppUser> signIn, IUserStore<AppUser> store)
{
    public const string CodeField = "Code";
    public const string PasswordField = "Password";
    private const int RecoveryCodeCount = 10;
    private const string Issuer = "LeaveBlazor";

    public async Task<TwoFactorStatus> StatusAsync(AppUser user) =>
        new(await users.GetTwoFactorEnabledAsync(user), await users.CountRecoveryCodesAsync(user));

    /// <summary>
    /// The account's authenticator key, made the first time it is asked for. Made directly in the store: the usual
    /// way (resetting it) renews the security stamp, which would sign the person out elsewhere for merely looking.
    /// </summary>
    public async Task<AuthenticatorEnrolment> EnrolmentAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            Succeeded(await users.UpdateAsync(user));
        }

        var account = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{account}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return new AuthenticatorEnrolment(Grouped(key), AuthenticatorQrCode.ImageOf(uri));
    }

    /// <summary>Turns two-factor sign-in on once the app shows the right code; returns the recovery codes, shown only now.</summary>
    public async Task<IReadOnlyList<string>> TurnOnAsync(AppUser user, string? code)
    {
        var typed = TwoFactorCode.Digits(code);
        if (typed is null || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed))
        {
            Refuse(CodeField, typed is null
                ? "Type the 6-digit code your authenticator app shows for LeaveBlazor."
                : "That code is not the one your app shows now. Check that the app has the key above, then type the code it shows (a new one comes every 30 seconds).");
        }

        Succeeded(await users.SetTwoFactorEnabledAsync(user, true));
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        return [.. recoveryCodes ?? []];
    }

    /// <summary>New recovery codes; every earlier one stops working.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AppUser user)
    {
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            throw new LeaveRuleException("Two-factor sign-in is off, so there are no recovery codes to renew. Turn it on first.");
        }

        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
    }

    /// <summary>
    /// Turns two-factor sign-in off after checking the password (held back like sign-in after too many wrong ones). The
    /// key goes too, so the app's old entry stops matching and turning it on again starts from a new key.
    /// </summary>
    public async Task TurnOffAsync(AppUser user, string? password)
    {
        var check = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: false);
        if (check is SignInHeldBack heldBack)
        {
            Refuse(PasswordField, SignInAnswers.HeldBack(heldBack.RetryAfter));
        }

        if (!check.Succeeded)
        {
            Refuse(PasswordField, PlainPasswordErrors.WrongCurrentPassword);
        }

        await TurnOffAsync(users, user);
        await signIn.RefreshSignInAsync(user);
    }

    /// <summary>Two-factor sign-in off, its key and recovery codes gone; for the person themselves or an admin helping them.</summary>
    public static async Task TurnOffAsync(UserManager<AppUser> users, AppUser user)
    {
        Succeeded(await users.SetTwoFactorEnabledAsync(user, false));
        Succeeded(await users.ResetAuthenticatorKeyAsync(user));
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0); // none: the old ones are replaced by an empty set
    }

    // Keys are 32 letters and digits; in groups of four they can be read out and typed without losing one's place.
    private static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));

    private static void Refuse(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        errors.ThrowIfAny();
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
