using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace LeaveBlazor.Web.Identity.FirstStart;

public enum SetupLinkState
{
    Open,
    NotValid,
    Expired,
}

/// <summary>What a setup link's token says: whether it opens the page, and when it expires (or expired).</summary>
public readonly record struct SetupLinkCheck(SetupLinkState State, DateTimeOffset ExpiresAt);

/// <summary>
/// The link that creates the first admin when the app starts with none and no <c>FirstAdmin</c> setting. Its token
/// carries its own expiry and 256 random bits, sealed with the Data Protection keys in the shared database, so every
/// instance behind a load balancer accepts a link any of them logged, and none keeps anything to compare it with. It
/// works until it expires or an admin exists, whichever comes first (<see cref="FirstAdminSetup"/>); each start writes
/// another, and the earlier ones keep working until then.
/// </summary>
public sealed class SetupLink(IDataProtectionProvider protection, TimeProvider time)
{
    public const string PathPrefix = "/setup/";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private const int RandomBytes = 32;

    private readonly IDataProtector _protector = protection.CreateProtector("LeaveBlazor.FirstStart.SetupLink");

    /// <summary>A new link's token, good for <see cref="Lifetime"/>.</summary>
    public string Open()
    {
        var sealedPart = new byte[sizeof(long) + RandomBytes];
        BinaryPrimitives.WriteInt64LittleEndian(sealedPart, (time.GetUtcNow() + Lifetime).UtcTicks);
        RandomNumberGenerator.Fill(sealedPart.AsSpan(sizeof(long)));
        return WebEncoders.Base64UrlEncode(_protector.Protect(sealedPart));
    }

    public SetupLinkCheck Check(string? token)
    {
        if (string.IsNullOrEmpty(token) || Unsealed(token) is not { Length: sizeof(long) + RandomBytes } opened)
        {
            return new SetupLinkCheck(SetupLinkState.NotValid, default);
        }

        var expiresAt = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(opened), TimeSpan.Zero);
        return new SetupLinkCheck(time.GetUtcNow() < expiresAt ? SetupLinkState.Open : SetupLinkState.Expired, expiresAt);
    }

    private byte[]? Unsealed(string token)
    {
        try
        {
            return _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception notOurs) when (notOurs is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
