using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// What an authenticator app does with the key the app shows (RFC 6238: HMAC-SHA1 of the 30-second step, 6 digits),
/// written here from the RFC so the tests check the app against the standard rather than against itself.
/// </summary>
public static class AuthenticatorAppCodes
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Now(string shownKey) => At(shownKey, DateTimeOffset.UtcNow);

    /// <summary>
    /// The code the app shows 30 seconds from now, which the server takes already (phones' clocks drift): a code not
    /// yet used when the one showing now was just spent turning two-factor sign-in on.
    /// </summary>
    public static string Next(string shownKey) => At(shownKey, DateTimeOffset.UtcNow.AddSeconds(30));

    /// <summary>A code that was right ten minutes ago: a well-formed code the app must refuse now.</summary>
    public static string Stale(string shownKey) => At(shownKey, DateTimeOffset.UtcNow.AddMinutes(-10));

    public static string At(string shownKey, DateTimeOffset time)
    {
        var step = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(step, time.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(Decode(shownKey), step);
        var offset = hash[^1] & 0x0f;
        var number = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (number % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    // Base32 as a string of bits, five per letter, cut into bytes: plain to check by eye, and not the app's own decoder.
    private static byte[] Decode(string shownKey)
    {
        var letters = shownKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var bits = string.Concat(letters.Select(letter => Convert.ToString(Base32.IndexOf(letter, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }
}
