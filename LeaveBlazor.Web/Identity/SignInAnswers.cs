using LeaveBlazor.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Web.Identity;

/// <summary>A sign-in that was not tried: the client's address or the account has had too many failures lately.</summary>
public sealed class SignInHeldBack(TimeSpan retryAfter) : SignInResult
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    // The API's sign-in endpoint (MapIdentityApi) puts this text in its problem's detail, where ApiAuthSetup finds it.
    public override string ToString() => nameof(SignInHeldBack);
}

/// <summary>What the sign-in page and the API say when a sign-in fails: the same words in both.</summary>
public static class SignInAnswers
{
    /// <summary>For an unknown email, a wrong password and a deactivated account alike, so nobody learns which addresses have accounts.</summary>
    public const string Wrong = "The email or password is wrong. Check both and try again.";

    /// <summary>Only after the right password: the person learns why, anyone else cannot tell the account from an unknown one.</summary>
    public const string Deactivated = "This account is deactivated. If you think it should not be, ask an admin.";

    public static string HeldBack(TimeSpan retryAfter) =>
        $"Too many failed sign-ins from your address or for this account. Wait {RetryAfter.Seconds(retryAfter)} seconds, then try again.";
}
