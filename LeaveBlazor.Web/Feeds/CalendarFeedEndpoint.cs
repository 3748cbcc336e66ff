using LeaveBlazor.Core.Feeds;
using Microsoft.Net.Http.Headers;

namespace LeaveBlazor.Web.Feeds;

/// <summary>
/// <c>GET /feeds/{token}.ics</c> (and <c>HEAD</c>, which some calendar apps send first for the tag): a calendar feed for
/// calendar apps, which cannot sign in; the token in the address is the credential. A wrong, malformed or reset token is a bare 404 that says nothing of whose feed it might have been.
/// </summary>
public static class CalendarFeedEndpoint
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static WebApplication MapCalendarFeeds(this WebApplication app)
    {
        app.MapMethods($"/{CalendarFeeds.PathPrefix}{{token}}.ics", [HttpMethods.Get, HttpMethods.Head], ReadAsync)
            .AllowAnonymous()
            .RequireRateLimiting(CalendarFeedRateLimit.Policy)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ReadAsync(string token, HttpContext context, CalendarFeeds feeds, CancellationToken cancellationToken)
    {
        if (await feeds.ReadAsync(token, cancellationToken) is not { } feed)
        {
            // Text of its own, so the status-code pages do not answer with the app's HTML "not found" page.
            return TypedResults.Text("Not found.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var headers = context.Response.Headers;
        headers.ETag = feed.ETag;

        // The feed is personal: a shared cache must not keep it; the person's own client may, and asks again with the tag.
        headers.CacheControl = "private, no-cache";
        return context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Tag == feed.ETag || tag == EntityTagHeaderValue.Any)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Text(feed.Text, ContentType);
    }
}
