using System.Net;
using System.Text.RegularExpressions;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// A person reading the app's pages as a browser does before the page turns interactive: signed in with the sign-in
/// form (its cookie kept), each page's server-rendered HTML fetched with a plain GET.
/// </summary>
public sealed partial class PageVisitor : IDisposable
{
    private readonly HttpClient _http;

    private PageVisitor(Uri baseAddress) =>
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>Fills in and posts the sign-in form (with its hidden antiforgery and form-name fields), as the person would.</summary>
    public static async Task<PageVisitor> SignedInAsync(Uri baseAddress, string email)
    {
        var visitor = new PageVisitor(baseAddress);
        var form = await visitor.ReadAsync("Account/Login");
        var fields = HiddenInput().Matches(form)
            .Select(input => KeyValuePair.Create(Attribute(input.Value, "name"), WebUtility.HtmlDecode(Attribute(input.Value, "value"))))
            .Append(KeyValuePair.Create("Input.Email", email))
            .Append(KeyValuePair.Create("Input.Password", People.Password));
        using var posted = await visitor._http.PostAsync("Account/Login", new FormUrlEncodedContent(fields));
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)posted.StatusCode}, not a redirect.");
        }

        return visitor;
    }

    /// <summary>The page's HTML as the server rendered it; anything but 200 is an error.</summary>
    public async Task<string> ReadAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => _http.Dispose();

    private static string Attribute(string input, string name) =>
        Regex.Match(input, $"\\b{name}=\"([^\"]*)\"") is { Success: true } match ? match.Groups[1].Value : "";

    [GeneratedRegex("""<input\b[^>]*type="hidden"[^>]*>""")]
    private static partial Regex HiddenInput();
}
