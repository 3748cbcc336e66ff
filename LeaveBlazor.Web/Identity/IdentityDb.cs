using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Identity;

/// <summary>
/// Sign-in accounts and roles, and the Data Protection keys that sign their cookies, in the same database as the leave
/// data. Kept apart from <c>LeaveDbContext</c> so that Core never references ASP.NET Core Identity. PostgreSQL's
/// migrations belong to a derived type (<c>Data/PostgreSql</c>).
/// </summary>
public class IdentityDb : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__IdentityMigrationsHistory";

    public IdentityDb(DbContextOptions<IdentityDb> options)
        : base(options)
    {
    }

    protected IdentityDb(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

}
