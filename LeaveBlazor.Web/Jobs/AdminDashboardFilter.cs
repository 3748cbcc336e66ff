using Hangfire.Dashboard;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// The dashboard's own check: admins only. It replaces Hangfire's default, which lets in every request from the
/// local machine, and behind a reverse proxy on the same host that is everyone.
/// </summary>
public sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
