using Hangfire;

namespace LeaveBlazor.Web.Jobs;

public static class DashboardSetup
{
    public const string Path = "/hangfire";

    /// <summary>
    /// Hangfire's dashboard, for admins. The endpoint asks for a signed-in person, so visitors are sent to sign in and
    /// back; the dashboard's own check (<see cref="AdminDashboardFilter"/>) answers anyone else 403 with no body, which
    /// the status code pages (Program.cs) turn into the app's own access-denied page, still a 403.
    /// </summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            AppPath = "/",
            DashboardTitle = "LeaveBlazor background jobs",
            DisplayStorageConnectionString = false,
        })
        .RequireAuthorization();
}
