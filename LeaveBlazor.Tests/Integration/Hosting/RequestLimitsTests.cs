using System.Net;
using System.Text;
using LeaveBlazor.Web.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace LeaveBlazor.Tests.Integration.Hosting;

/// <summary>
/// The <c>Requests</c> settings: how many requests the app works on at once and how many wait. Here one at a time and
/// none waiting (<see cref="OneAtATimeApp"/>), held by a login whose body has not all arrived.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class RequestLimitsTests(RequestLimitsTests.OneAtATimeApp app) : IClassFixture<RequestLimitsTests.OneAtATimeApp>
{
    [Fact]
    public void Defaults_work_on_64_requests_at_once_with_5000_waiting()
    {
        var defaults = new RequestLimits();

        Assert.Equal((64, 5000, false), (defaults.MaxConcurrent, defaults.MaxQueued, defaults.Problems().Any()));
    }

    [Theory]
    [InlineData(0, 10, "Requests:MaxConcurrent must be between 1 and 10000.")]
    [InlineData(10_001, 10, "Requests:MaxConcurrent must be between 1 and 10000.")]
    [InlineData(64, -1, "Requests:MaxQueued must be between 0 and 100000.")]
    [InlineData(64, 100_001, "Requests:MaxQueued must be between 0 and 100000.")]
    public void Limits_out_of_range_are_refused_with_the_setting_named(int concurrent, int queued, string problem)
    {
        Assert.Equal([problem], new RequestLimits { MaxConcurrent = concurrent, MaxQueued = queued }.Problems());
    }

    [Fact]
    public async Task Past_the_limit_with_no_room_to_wait_the_app_answers_busy_with_when_to_try_again()
    {
        await using var held = await HoldTheOnlyTurnAsync();

        using var busy = await held.Client.GetAsync("/Account/Login");

        Assert.Equal(
            (HttpStatusCode.ServiceUnavailable, "5", "The server is busy with other requests. Try again in 5 seconds."),
            (busy.StatusCode, busy.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), await busy.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Health_is_answered_while_the_app_is_busy()
    {
        await using var held = await HoldTheOnlyTurnAsync();

        using var health = await held.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Once_the_request_at_work_ends_the_next_is_answered()
    {
        var client = app.CreateClient();
        await using (await HoldTheOnlyTurnAsync(client))
        {
        }

        using var next = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    /// <summary>
    /// Starts a login whose body stops after its first byte, and checks that the app then turns a second request away:
    /// the login holds the only turn. Tried again (a bounded number of times) when the check itself took the turn first.
    /// Disposing the result sends the rest of the body and awaits the login's answer.
    /// </summary>
    private async Task<HeldRequest> HoldTheOnlyTurnAsync(HttpClient? client = null)
    {
        client ??= app.CreateClient();
        // Straight to the test server: the factory's client reads a body whole before sending it (to follow redirects).
        var direct = new HttpClient(app.Server.CreateHandler()) { BaseAddress = app.Server.BaseAddress };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var body = new HeldBody();
            var held = new HeldRequest(client, body, direct.PostAsync("/api/auth/login", body));
            await Task.Delay(50);
            using (var probe = await client.GetAsync("/Account/Login"))
            {
                if (probe.StatusCode == HttpStatusCode.ServiceUnavailable && !held.Login.IsCompleted)
                {
                    return held;
                }
            }

            await held.DisposeAsync();
        }

        throw new TimeoutException("A login never held the app's only turn.");
    }

    public sealed record HeldRequest(HttpClient Client, HeldBody Body, Task<HttpResponseMessage> Login) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Body.Release();
            (await Login).Dispose();
        }
    }

    /// <summary>A JSON body that sends "{" and the rest only once released.</summary>
    public sealed class HeldBody : HttpContent
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBody() => Headers.ContentType = new("application/json");

        public void Release() => _released.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("{"));
            await stream.FlushAsync();
            await _released.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await stream.WriteAsync(Encoding.UTF8.GetBytes("}"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    public sealed class OneAtATimeApp : LeaveApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Requests:MaxConcurrent", "1");
            builder.UseSetting("Requests:MaxQueued", "0");
        }
    }
}
