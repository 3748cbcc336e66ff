namespace LeaveBlazor.Web.Identity.TwoFactor;

/// <summary>A code from an authenticator app as people type it: spaces and dashes allowed ("123 456").</summary>
public static class TwoFactorCode
{
    /// <summary>The six digits, or null when what was typed is not six digits.</summary>
    public static string? Digits(string? typed)
    {
        var digits = new string([.. (typed ?? "").Where(c => c is not (' ' or '-'))]);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
