namespace LeaveBlazor.Web.Identity.TwoFactor;

/// <summary>The pages of a two-factor sign-in's second step and what they answer, in plain words.</summary>
public static class TwoFactorSignIn
{
    public const string CodePage = "Account/LoginWith2fa";
    public const string RecoveryCodePage = "Account/LoginWithRecoveryCode";
    public const string SettingsPage = "Account/TwoFactor";

    /// <summary><paramref name="page"/> with the return URL carried along (when it is one the app may follow).</summary>
    public static string WithReturnUrl(string page, string? returnUrl) =>
        LocalReturnUrl.OrHome(returnUrl) is { Length: > 0 } back ? $"{page}?ReturnUrl={Uri.EscapeDataString(back)}" : page;

    public const string CodeNeededByApi =
        "This account signs in with two factors: send twoFactorCode (the 6 digits the authenticator app shows) or twoFactorRecoveryCode with the email and password.";

    public const string WrongCodeByApi =
        "The password is right but twoFactorCode is not the one the authenticator app shows now, or twoFactorRecoveryCode is wrong or used.";

    public const string NotStarted = "This step comes after your email and password, and that sign-in has timed out. Sign in again.";

    public const string WrongCode = "That code is not right. Type the code your authenticator app shows now for LeaveBlazor (a new one comes every 30 seconds).";

    public const string NotSixDigits = "A code is 6 digits, such as 123 456.";

    public const string WrongRecoveryCode = "That recovery code is not right, or it has been used: each works once. Check it, or try another of yours.";
}
