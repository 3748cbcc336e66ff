using System.Net;
using LeaveBlazor.Core.Feeds;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using Microsoft.Extensions.Logging;

namespace LeaveBlazor.Tests.Integration.Feeds;

/// <summary>A feed's token is in its address like a decision link's: with every log category at Trace, it is never written down.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class FeedTokenInLogsTests(VerboseLogsLinkApp app) : IClassFixture<VerboseLogsLinkApp>
{
    [Fact]
    public async Task Fetching_a_feed_and_its_reset_address_logs_the_path_but_never_the_token()
    {
        var alex = await app.EmployeeAsync(LeaveApp.AlexEmail);
        var old = new Uri(await app.InScopeAsync<CalendarFeeds, string>(feeds => feeds.CreateOrResetAsync(alex.Id, CalendarFeedKind.Personal))).AbsolutePath;
        var fresh = new Uri(await app.InScopeAsync<CalendarFeeds, string>(feeds => feeds.CreateOrResetAsync(alex.Id, CalendarFeedKind.Personal))).AbsolutePath;
        var client = app.CreateClient();

        using var read = await client.GetAsync(fresh);
        using var shouted = await client.GetAsync($"/FEEDS/{TokenOf(fresh)}.ics?from=app");
        using var gone = await client.GetAsync(old);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (read.StatusCode, shouted.StatusCode, gone.StatusCode));
        Assert.DoesNotContain(TokenOf(fresh), app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenOf(old), app.Logs.AllText, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Entries, entry => entry.Level == LogLevel.Debug && entry.Text.Contains("/feeds/[redacted]", StringComparison.Ordinal));
    }

    private static string TokenOf(string path) => path["/feeds/".Length..^".ics".Length];
}
