using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Bench.Infra;

/// <summary>One submission as the API answered it: its reference, when it was sent and its 201 arrived, and how long it took.</summary>
public sealed record Submission(string Reference, DateTime SentAtUtc, DateTime AnsweredAtUtc, double Milliseconds);

/// <summary>
/// Scripts calling the app's JSON API over one pool of HTTP/1.1 connections, each person with their own bearer token.
/// Every person asks for successive working days, so no request overlaps another of theirs.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _tokens = [];
    private readonly Dictionary<string, DateOnly> _nextDay = [];
    private readonly WorkingDayCalendar _calendar;
    private readonly DateOnly _firstDay;

    public ApiClient(Uri baseAddress, WorkingDayCalendar calendar, DateOnly today)
    {
        _http = Connections(baseAddress);
        _calendar = calendar;
        _firstDay = today.AddDays(1);
    }

    private ApiClient(Uri baseAddress, ApiClient same)
    {
        _http = Connections(baseAddress);
        _tokens = same._tokens;
        _nextDay = same._nextDay;
        _calendar = same._calendar;
        _firstDay = same._firstDay;
    }

    /// <summary>
    /// The same people (their tokens, and the days they have already asked for) calling another address, e.g. a proxy
    /// before more instances; the tokens hold there because every instance reads the keys in the shared database.
    /// </summary>
    public ApiClient Through(Uri baseAddress) => new(baseAddress, this);

    private static HttpClient Connections(Uri baseAddress) =>
        new(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1024, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public HttpClient Http => _http;

    public async Task SignInAsync(IEnumerable<string> emails)
    {
        foreach (var email in emails)
        {
            using var response = await _http.PostAsJsonAsync("api/auth/login", new { email, password = People.Password });
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            _tokens[email] = body.RootElement.GetProperty("accessToken").GetString()!;
        }
    }

    public string TokenOf(string email) => _tokens[email];

    /// <summary>Asks for the person's next free working day off; throws unless the app answers 201.</summary>
    public async Task<Submission> SubmitAsync(string email)
    {
        var day = NextDayFor(email);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/leave-requests")
        {
            Content = JsonContent.Create(new { type = "Annual", firstDay = day, lastDay = day, reason = "Bench" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[email]);
        var sentAt = DateTime.UtcNow;
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var answeredAt = DateTime.UtcNow;
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Submitting for {email} answered {(int)response.StatusCode}: {body}");
        }

        using var created = JsonDocument.Parse(body);
        return new Submission(created.RootElement.GetProperty("ref").GetString()!, sentAt, answeredAt, elapsed);
    }

    private DateOnly NextDayFor(string email)
    {
        lock (_nextDay)
        {
            var day = _calendar.WorkingDayFrom(_nextDay.GetValueOrDefault(email, _firstDay));

            _nextDay[email] = day.AddDays(1);
            return day;
        }
    }

    public void Dispose() => _http.Dispose();
}
