using LeaveBlazor.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Data.PostgreSql;

/// <summary>Accounts, roles and keys on PostgreSQL: the same model as <see cref="IdentityDb"/>, its own type so that EF finds PostgreSQL's migrations.</summary>
public sealed class PostgreSqlIdentityDb(DbContextOptions<PostgreSqlIdentityDb> options) : IdentityDb(options);
