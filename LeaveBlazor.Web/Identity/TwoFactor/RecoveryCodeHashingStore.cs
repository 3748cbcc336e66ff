using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace LeaveBlazor.Web.Identity.TwoFactor;

/// <summary>
/// Identity's store, keeping only a hash of each recovery code: a copy of the database (a backup, a stolen file) then
/// holds nothing that signs anyone in. The codes are random (50 bits each), so a plain SHA-256 is enough.
/// </summary>
public sealed class RecoveryCodeHashingStore(IdentityDb context, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, IdentityDb>(context, describer)
{
    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);

    public override Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken = default) =>
        base.RedeemCodeAsync(user, Hash(code), cancellationToken);

    /// <summary>People type codes in any case, with or without the dash or spaces; all of those are the same code.</summary>
    private static string Hash(string code)
    {
        var typed = new string([.. (code ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(typed)));
    }
}
