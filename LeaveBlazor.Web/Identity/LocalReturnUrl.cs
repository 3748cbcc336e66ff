namespace LeaveBlazor.Web.Identity;

/// <summary>
/// Where a return URL may send someone after signing in or out: a path on this site, else the home page. A scheme
/// (<c>https:</c>, <c>javascript:</c>), a host (<c>//evil.example</c>, also when percent-encoded), backslashes (browsers
/// read them as slashes), white space, control characters and very long values all go home.
/// </summary>
public static class LocalReturnUrl
{
    /// <summary>Longer than any link the app makes, short enough that nobody is redirected with a page of text.</summary>
    public const int MaxLength = 2048;

    /// <summary>The path relative to the app's base (<c>requests/5?x=1</c>, no leading slash); empty for the home page.</summary>
    public static string OrHome(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > MaxLength)
        {
            return "";
        }

        // The cookie handler sends "/requests/5", the app's own redirect "requests/5": both are the same place.
        var path = returnUrl.StartsWith('/') ? returnUrl[1..] : returnUrl;
        var decoded = Uri.UnescapeDataString(path);
        var safe = !HasSchemeOrHost(path) && !HasSchemeOrHost(decoded)
            && !decoded.Any(c => c == '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
            && Uri.IsWellFormedUriString(path, UriKind.Relative);
        return safe ? path : "";
    }

    private static bool HasSchemeOrHost(string path)
    {
        if (path.StartsWith('/') || path.StartsWith('\\'))
        {
            return true;
        }

        var firstSegmentEnd = path.IndexOfAny(['/', '?', '#']);
        return path.AsSpan(0, firstSegmentEnd < 0 ? path.Length : firstSegmentEnd).Contains(':');
    }
}
