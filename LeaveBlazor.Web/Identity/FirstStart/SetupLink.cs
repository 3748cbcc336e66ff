using System.Security.Cryptography;
using System.Text;

namespace LeaveBlazor.Web.Identity.FirstStart;

public enum SetupLinkState
{
    Open,
    NotValid,
    Expired,
}

/// <summary>
/// The one-time link that creates the first admin when the app starts with none and no <c>FirstAdmin</c> setting.
/// Only a hash of its token is kept, in this process: the link works on the instance that wrote it to the log, once,
/// until it expires; a restart writes a new one.
/// </summary>
public sealed class SetupLink(TimeProvider time)
{
    public const string PathPrefix = "/setup/";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Lock _lock = new();
    private byte[]? _tokenHash;

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Opens a new link, closing any earlier one, and returns its token.</summary>
    public string Open()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        lock (_lock)
        {
            _tokenHash = Hash(token);
            ExpiresAt = time.GetUtcNow() + Lifetime;
        }

        return token;
    }

    public SetupLinkState Check(string? token)
    {
        lock (_lock)
        {
            if (_tokenHash is null || string.IsNullOrEmpty(token) || !CryptographicOperations.FixedTimeEquals(_tokenHash, Hash(token)))
            {
                return SetupLinkState.NotValid;
            }

            return time.GetUtcNow() < ExpiresAt ? SetupLinkState.Open : SetupLinkState.Expired;
        }
    }

    /// <summary>Spends the link: it never works again.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _tokenHash = null;
        }
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
