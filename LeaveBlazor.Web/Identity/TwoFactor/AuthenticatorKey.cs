namespace LeaveBlazor.Web.Identity.TwoFactor;

/// <summary>The authenticator key as Identity stores it and apps read it: base32 (RFC 4648), no padding.</summary>
public static class AuthenticatorKey
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The key's bytes; null when it holds a letter that is not base32.</summary>
    public static byte[]? Decode(string key)
    {
        var bytes = new List<byte>(key.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var letter in key.ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(letter, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
