using System.ComponentModel;
using LeaveBlazor.Core.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeaveBlazor.Web.Api;

/// <summary><c>/api/me/calendar-feeds</c>: the secret address of my personal or team calendar feed (<see cref="CalendarFeeds"/>).</summary>
public static class CalendarFeedEndpoints
{
    public static RouteGroupBuilder MapCalendarFeedEndpoints(this RouteGroupBuilder feeds)
    {
        feeds.MapPost("/", CreateAsync)
            .WithName("CreateCalendarFeed")
            .WithSummary("Create or reset my calendar feed")
            .WithDescription("kind is \"personal\" (my approved and pending leave) or \"team\" (my team as the calendar shows it to me, colleagues' leave types hidden). "
                + "Answers the feed's address for a calendar app to subscribe to; it is shown only now (only a hash is kept). Creating the same kind again gives a new address and the old one stops at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return feeds;
    }

    private static async Task<Ok<CalendarFeedView>> CreateAsync(CalendarFeedBody body, ApiCaller caller, CalendarFeeds feeds, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CalendarFeedView(await feeds.CreateOrResetAsync(caller.Employee.Id, body.Kind, cancellationToken)));
}

/// <summary>The body of <c>POST /api/me/calendar-feeds</c>.</summary>
public sealed record CalendarFeedBody(
    [property: Description("\"personal\" or \"team\".")] string? Kind);

/// <summary>A calendar feed's address.</summary>
public sealed record CalendarFeedView(
    [property: Description("The feed's secret address (an .ics file calendar apps subscribe to). Keep it private: anyone with it can read the feed.")] string Url);
