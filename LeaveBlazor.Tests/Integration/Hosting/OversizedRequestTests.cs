using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace LeaveBlazor.Tests.Integration.Hosting;

/// <summary>The app on real Kestrel (the body limit is the server's) with a body limit small enough to pass in a test.</summary>
public sealed class SmallBodyLimitApp : LeaveApp
{
    public const int Limit = 1000;

    public SmallBodyLimitApp() => UseKestrel(0);

    protected override void StartHost() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Limit);
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class OversizedRequestTests(SmallBodyLimitApp app) : IClassFixture<SmallBodyLimitApp>
{
    [Fact]
    public async Task Form_post_over_the_body_limit_is_told_so_as_problem_details()
    {
        using var client = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        using var body = new StringContent("Input.Comment=" + new string('a', SmallBodyLimitApp.Limit * 2), null, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/decide/not-a-token", body);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(
            (HttpStatusCode.RequestEntityTooLarge, "application/problem+json",
                $"The request body is {SmallBodyLimitApp.Limit * 2 + 14} bytes; this server reads at most {SmallBodyLimitApp.Limit} (Kestrel:Limits:MaxRequestBodySize)."),
            (response.StatusCode, response.Content.Headers.ContentType?.MediaType, problem.GetProperty("detail").GetString()));
    }
}
