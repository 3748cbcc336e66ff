using System.Net;
using LeaveBlazor.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace LeaveBlazor.Tests.Integration.DecisionLinks;

/// <summary>
/// The decision app with every log category at Trace, as an operator chasing a problem might set it in configuration,
/// and a provider that writes down everything it is given.
/// </summary>
public sealed class VerboseLogsLinkApp : DecisionLinkApp
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.EntityFrameworkCore.Database.Command" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class TokenInLogsTests(VerboseLogsLinkApp app) : IClassFixture<VerboseLogsLinkApp>
{
    [Fact]
    public async Task Opening_and_deciding_a_link_logs_its_path_but_never_its_token()
    {
        var links = await app.AlexAsksAsync();
        var browser = app.CreateBrowser();

        using var decided = await browser.DecideAsync(links.ApproveToken, "Approve", "Enjoy");
        using var spent = await browser.OpenLinkAsync(links.RejectToken);
        using var shouted = await browser.GetAsync($"/DECIDE/{links.RejectToken}?from=mail");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (decided.StatusCode, spent.StatusCode));
        Assert.DoesNotContain(links.ApproveToken, app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(links.RejectToken, app.Logs.AllText, StringComparison.Ordinal);

        // The paths were logged, at Debug too: the levels were raised and the capture saw the link requests.
        Assert.Contains(app.Logs.Entries, entry => entry.Level == LogLevel.Debug && entry.Text.Contains("/decide/[redacted]", StringComparison.Ordinal));
    }
}
