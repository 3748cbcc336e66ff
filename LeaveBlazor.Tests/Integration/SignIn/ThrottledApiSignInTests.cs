using System.Net;
using System.Net.Http.Json;
using LeaveBlazor.Tests.Integration.Api;

namespace LeaveBlazor.Tests.Integration.SignIn;

/// <summary><c>POST /api/auth/login</c> is held back like the sign-in page, and answers with a problem saying so.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ThrottledApiSignInTests(ThrottledSignInApp app) : IClassFixture<ThrottledSignInApp>
{
    [Fact]
    public async Task Address_past_its_failures_gets_a_too_many_requests_problem_with_retry_after()
    {
        var script = app.ScriptAt();
        for (var i = 0; i < ThrottledSignInApp.FailuresPerAddress; i++)
        {
            using var failed = await SignInAsync(script, $"nobody-{i}@leaveblazor.test");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var response = await SignInAsync(script, "nobody-else@leaveblazor.test");

        var problem = await response.ReadProblemAsync();
        Assert.Equal((429, "application/problem+json", true), (problem.Status, problem.ContentType, response.Headers.RetryAfter?.Delta > TimeSpan.Zero));
    }

    [Fact]
    public async Task Failures_on_the_page_count_for_the_api_too()
    {
        var address = app.NewAddress();
        for (var i = 0; i < ThrottledSignInApp.FailuresPerAddress; i++)
        {
            (await app.BrowserAt(address).SignInAsync($"nobody-page-{i}@leaveblazor.test", "wrong-password")).Dispose();
        }

        using var response = await SignInAsync(app.ScriptAt(address), "nobody-api@leaveblazor.test");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient script, string email) =>
        script.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password" });
}
