using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LeaveBlazor.Tests.Integration.Accounts;

namespace LeaveBlazor.Tests.Integration.Hosting;

/// <summary>
/// A client of the real server that sends X-Forwarded-For, -Proto and -Host as a TLS-terminating proxy would, on behalf
/// of one client address. It keeps cookies itself: a cookie the app marks Secure still goes back over this plain-http
/// hop, as it would from the proxy, where HttpClient's own cookie store would hold it back.
/// </summary>
public sealed class ForwardingClient(Uri server, string clientAddress) : IDisposable
{
    public const string PublicHost = "leave.example.test";

    private readonly Dictionary<string, string> _cookies = [];
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server };

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", PublicHost);
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        foreach (var cookie in SetCookies(response))
        {
            _cookies[cookie.Name] = cookie.Value;
        }

        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    /// <summary>Signs in as the first admin through the real sign-in form; the answer carries the sign-in cookie.</summary>
    public async Task<HttpResponseMessage> SignInAsync()
    {
        using var page = await GetAsync("/Account/Login");
        var form = (await page.ReadPageAsync()).QuerySelector<IHtmlFormElement>("form[method=post]")
            ?? throw new InvalidOperationException($"The sign-in page ({(int)page.StatusCode}) has no form.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => input.Name is not null)
            .Select(input => KeyValuePair.Create(input.Name!, input.Value))
            .Append(KeyValuePair.Create("Input.Email", ProductionStarts.AdminEmail))
            .Append(KeyValuePair.Create("Input.Password", ProductionStarts.AdminPassword));
        return await SendAsync(HttpMethod.Post, "/Account/Login", new FormUrlEncodedContent(fields));
    }

    /// <summary>The Set-Cookie header of the named cookie in <paramref name="response"/>, whole (with its attributes).</summary>
    public static string? SetCookieHeader(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;

    private static IEnumerable<(string Name, string Value)> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0].Split('=', 2)).Select(p => (p[0], p[1]))
            : [];

    public void Dispose() => _http.Dispose();
}
