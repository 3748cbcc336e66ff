using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace LeaveBlazor.Web.Api;

/// <summary>
/// The JSON API for scripts and chat bots: the operations the pages use, under <c>/api</c>, for a person signed in
/// with a bearer token or the sign-in cookie.
/// </summary>
public static class LeaveApi
{
    /// <summary>The largest body the API reads; a full request with the longest reason is a fraction of it.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public static WebApplicationBuilder AddLeaveApi(this WebApplicationBuilder builder)
    {
        builder.AddApiAuthentication();
        builder.AddApiDocs();
        builder.Services.AddProblemDetails();
        builder.Services.Configure<JsonOptions>(options =>
        {
            // A misspelt or repeated field is refused, rather than the request going through without it.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.AllowDuplicateProperties = false;
        });

        // Binding failures throw (as they do in Development anyway), so the API can say what was wrong with a body.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Maps the endpoints, and puts the API's error answers in front of them (for <c>/api</c> paths only).</summary>
    public static WebApplication MapLeaveApi(this WebApplication app)
    {
        app.UseWhen(IsApiRequest, api => api.UseApiErrors());
        app.MapApiAuthentication();
        app.MapGroup("/api/leave-requests")
            .WithTags("Leave requests")
            .RequireAuthorization(ApiAccess.SignedIn)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapLeaveRequestEndpoints()
            .MapCancellationEndpoints();
        app.MapGroup("/api/leave-types")
            .WithTags("Leave types")
            .RequireAuthorization(ApiAccess.SignedIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapLeaveTypeEndpoints();
        app.MapGroup("/api/inbox")
            .WithTags("Inbox")
            .RequireAuthorization(ApiAccess.ApproversAndAdmins)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapInboxEndpoints();
        app.MapGroup("/api/me")
            .WithTags("Balances")
            .RequireAuthorization(ApiAccess.SignedIn)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapMyBalanceEndpoints();
        app.MapGroup("/api/me")
            .WithTags("Delegation")
            .RequireAuthorization(ApiAccess.SignedIn)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapMyDelegationEndpoints();
        app.MapGroup("/api/me/calendar-feeds")
            .WithTags("Calendar feeds")
            .RequireAuthorization(ApiAccess.SignedIn)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapCalendarFeedEndpoints();
        app.MapGroup("/api/people")
            .WithTags("Balances")
            .RequireAuthorization(ApiAccess.SignedIn)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapPeopleBalanceEndpoints();
        app.MapGroup("/api/holidays")
            .WithTags("Holidays")
            .RequireAuthorization(ApiAccess.SignedIn)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapHolidayEndpoints();
        app.MapGroup("/api/calendar")
            .WithTags("Calendar")
            .RequireAuthorization(ApiAccess.SignedIn)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapCalendarEndpoints();
        app.MapGroup("/api/exports")
            .WithTags("Exports")
            .RequireAuthorization(ApiAccess.Admins)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapExportEndpoints();
        app.MapApiDocs();
        return app;
    }

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
