using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace LeaveBlazor.Core.Rules;

/// <summary>
/// A secret that lives in an address (a decision link, a calendar feed): 256 random bits, written base64url in the
/// address and stored only as its SHA-256 hash, so a copy of the database opens nothing.
/// </summary>
public static class SecretToken
{
    private const int Bytes = 32;

    /// <summary>A fresh secret: the hash to store and the text for the address.</summary>
    public static (byte[] Hash, string Plain) New()
    {
        var secret = RandomNumberGenerator.GetBytes(Bytes);
        return (SHA256.HashData(secret), Base64Url.EncodeToString(secret));
    }

    /// <summary>The hash to look an address's secret up by, or null when the text cannot be one of our secrets.</summary>
    public static byte[]? HashOf(string? plain)
    {
        if (string.IsNullOrEmpty(plain) || plain.Length != Base64Url.GetEncodedLength(Bytes))
        {
            return null;
        }

        var secret = new byte[Bytes];
        var status = Base64Url.DecodeFromChars(plain, secret, out _, out var written);
        return status == OperationStatus.Done && written == Bytes ? SHA256.HashData(secret) : null;
    }
}
