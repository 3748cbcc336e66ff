using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Identity;

/// <summary>
/// Sign-in accounts and roles, in the same database file as the leave data. Kept apart from
/// <c>LeaveDbContext</c> so that Core never references ASP.NET Core Identity.
/// </summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : IdentityDbContext<AppUser>(options)
{
    public const string MigrationsHistoryTable = "__IdentityMigrationsHistory";
}
