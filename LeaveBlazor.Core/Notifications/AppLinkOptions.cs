namespace LeaveBlazor.Core.Notifications;

/// <summary>How emails point back to the app: the <c>App</c> configuration section.</summary>
public sealed class AppLinkOptions
{
    public const string Section = "App";

    /// <summary>The address people reach the app at; every link in an email starts with it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5289";

    /// <summary>How long an emailed decision link works (never past the day after the leave starts).</summary>
    public int DecisionLinkDays { get; set; } = 14;

    public string Link(string path) => $"{PublicBaseUrl.TrimEnd('/')}/{path.TrimStart('/')}";

    public IEnumerable<string> Problems()
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield return $"App:PublicBaseUrl '{PublicBaseUrl}' must be an absolute http(s) address, such as https://leave.example.com.";
        }

        if (DecisionLinkDays is < 1 or > 365)
        {
            yield return "App:DecisionLinkDays must be between 1 and 365.";
        }
    }
}
