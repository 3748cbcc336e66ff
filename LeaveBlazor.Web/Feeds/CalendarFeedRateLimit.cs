using LeaveBlazor.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Feeds;

/// <summary>The <c>CalendarFeeds</c> configuration section.</summary>
public sealed class CalendarFeedOptions
{
    public const string Section = "CalendarFeeds";

    /// <summary>How many feed fetches one client address may make per minute.</summary>
    public int PermitPerMinute { get; set; } = 120;

    public IEnumerable<string> Problems()
    {
        if (PermitPerMinute < 1)
        {
            yield return $"{Section}:{nameof(PermitPerMinute)} must be at least 1.";
        }
    }
}

/// <summary>
/// Feeds answer anyone without sign-in, so each client address gets a fixed allowance per minute, as the decision pages
/// do, but an allowance of its own and a larger one: a calendar service (Google's, Microsoft's) fetches the feeds of
/// everyone who subscribed from a few addresses.
/// </summary>
public static class CalendarFeedRateLimit
{
    public const string Policy = "calendar-feeds";

    public static WebApplicationBuilder AddCalendarFeedRateLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedSettings<CalendarFeedOptions>(builder.Configuration, CalendarFeedOptions.Section, feeds => feeds.Problems());

        // The refusal itself (429, Retry-After, its text) is the one RequestConcurrency sets for every limit.
        builder.Services.AddRateLimiter(limiter => limiter.AddPolicy(Policy, context =>
            ClientAddress.PerMinute(context, context.RequestServices.GetRequiredService<IOptions<CalendarFeedOptions>>().Value.PermitPerMinute)));
        return builder;
    }
}
