using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Web.Identity.TwoFactor;

/// <summary>
/// Codes from an authenticator app (RFC 6238: HMAC-SHA1 of the 30-second step, 6 digits), as Identity's own provider
/// checks them, except that each code works once: the step of the last code used is kept with the account and no step
/// up to it is accepted again, so a code someone saw over a shoulder or caught in transit is already spent. One step
/// either side of now is accepted for phones whose clocks drift.
/// </summary>
public sealed class OneTimeAuthenticatorCodes(TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string ProviderName = "OneTimeAuthenticator";
    private const string Store = "[LeaveBlazor]";
    private const string LastStepToken = "LastAuthenticatorStep";
    private const int StepSeconds = 30;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || TwoFactorCode.Digits(token) is not { } code || AuthenticatorKey.Decode(key) is not { } secret)
        {
            return false;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStepToken), CultureInfo.InvariantCulture, out var used) ? used : long.MinValue;
        for (var step = Math.Max(now - 1, last + 1); step <= now + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(Code(secret, step), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                // Saved at once: a second sign-in racing with the same code finds the step spent.
                var saved = await manager.SetAuthenticationTokenAsync(user, Store, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }

        return false;
    }

    private static byte[] Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0f;
        var number = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff;
        return System.Text.Encoding.ASCII.GetBytes((number % 1_000_000).ToString("D6", CultureInfo.InvariantCulture));
    }
}
