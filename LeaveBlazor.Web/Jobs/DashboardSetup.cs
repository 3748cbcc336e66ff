using Hangfire;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LeaveBlazor.Web.Jobs;

public static class DashboardSetup
{
    public const string Path = "/hangfire";

    /// <summary>
    /// Hangfire's dashboard, for admins: the endpoint's policy sends anonymous visitors to sign in, and signed-in
    /// non-admins get a plain 403 (not the sign-in cookie's redirect to the access-denied page, which answers 200).
    /// </summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            AppPath = "/",
            DashboardTitle = "LeaveBlazor background jobs",
            DisplayStorageConnectionString = false,
        })
        .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));

    /// <summary>Chained onto whatever handler is there already, so other paths (and other features' rules for them) keep theirs.</summary>
    public static IServiceCollection AnswerForbiddenOnDashboard(this IServiceCollection services) =>
        services.ConfigureApplicationCookie(cookie =>
        {
            var previous = cookie.Events.OnRedirectToAccessDenied;
            cookie.Events.OnRedirectToAccessDenied = context => context.Request.Path.StartsWithSegments(Path)
                ? ForbiddenAsync(context)
                : previous(context);
        });

    private static Task ForbiddenAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status403Forbidden;
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Access denied</title></head>"
            + "<body><p>Only admins can open the background jobs dashboard. <a href=\"/\">Back to LeaveBlazor</a></p></body></html>",
            context.HttpContext.RequestAborted);
    }
}
