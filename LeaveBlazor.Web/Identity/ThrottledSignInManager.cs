using LeaveBlazor.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Identity;

/// <summary>
/// Identity's password sign-in, which the sign-in page and <c>POST /api/auth/login</c> both call, made safe to face the
/// internet: <see cref="SignInThrottle"/> holds back an address or an account after too many failures (429), failures
/// never lock an account (so nobody can keep its owner out), and an unknown email, a wrong password and a deactivated
/// account get the same answer after the same work (a password hash is checked for an unknown email too). Codes from an
/// authenticator app, recovery codes and passwords checked again while signed in count in the same buckets.
/// </summary>
public sealed class ThrottledSignInManager(
    UserManager<AppUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    SignInThrottle throttle,
    IPasswordHasher<AppUser> passwordHasher)
    : SignInManager<AppUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    private static string? _unknownAccountHash;

    /// <summary>
    /// <paramref name="lockoutOnFailure"/> is ignored: lockout here only means deactivated (set by an admin), and the
    /// throttle slows whoever guesses, where counting failures per account would lock the owner out.
    /// </summary>
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        password ??= "";
        var attempt = new SignInAttempt(ClientAddress.Of(Context), UserManager.NormalizeName(userName) ?? "");
        using var turn = await throttle.TakeTurnAsync(attempt, Context.RequestAborted);
        if (turn.HeldBackFor is { } wait)
        {
            return HeldBack(wait);
        }

        var user = string.IsNullOrEmpty(userName) ? null : await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            CheckAgainstNoAccount(password);
            return Failed(attempt);
        }

        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            return Failed(attempt);
        }

        if (!await CanSignInAsync(user))
        {
            return SignInResult.NotAllowed;
        }

        return await IsLockedOut(user) ? SignInResult.LockedOut : await SignInOrTwoFactorAsync(user, isPersistent);
    }

    /// <summary>The second step of a two-factor sign-in, throttled with the same buckets as passwords.</summary>
    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient) =>
        await SecondStepAsync(() => base.TwoFactorAuthenticatorSignInAsync(TwoFactor.TwoFactorCode.Digits(code) ?? "", isPersistent, rememberClient));

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode) =>
        await SecondStepAsync(() => base.TwoFactorRecoveryCodeSignInAsync(recoveryCode ?? ""));

    /// <summary>A signed-in person's password checked again (to turn off two-factor sign-in, say): throttled like sign-in.</summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure) =>
        await ThrottledAsync(user, () => base.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: false));

    private async Task<SignInResult> SecondStepAsync(Func<Task<SignInResult>> check) =>
        await GetTwoFactorAuthenticationUserAsync() is { } user ? await ThrottledAsync(user, check) : SignInResult.Failed;

    private async Task<SignInResult> ThrottledAsync(AppUser user, Func<Task<SignInResult>> check)
    {
        var attempt = new SignInAttempt(ClientAddress.Of(Context), user.NormalizedUserName ?? "");
        using var turn = await throttle.TakeTurnAsync(attempt, Context.RequestAborted);
        if (turn.HeldBackFor is { } wait)
        {
            return HeldBack(wait);
        }

        var result = await check();
        return result is { Succeeded: false, IsLockedOut: false, IsNotAllowed: false, RequiresTwoFactor: false } ? Failed(attempt) : result;
    }

    private SignInHeldBack HeldBack(TimeSpan wait)
    {
        RetryAfter.Set(Context.Response, wait);
        return new SignInHeldBack(wait);
    }

    private SignInResult Failed(SignInAttempt attempt)
    {
        throttle.CountFailure(attempt);
        return SignInResult.Failed;
    }

    // Checking a password against a made-up account costs what checking a real one does, so timing tells nothing either.
    private void CheckAgainstNoAccount(string password)
    {
        var nobody = new AppUser();
        _unknownAccountHash ??= passwordHasher.HashPassword(nobody, Guid.NewGuid().ToString());
        passwordHasher.VerifyHashedPassword(nobody, _unknownAccountHash, password);
    }
}
