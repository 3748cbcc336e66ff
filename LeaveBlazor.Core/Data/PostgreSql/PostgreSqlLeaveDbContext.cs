using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Data.PostgreSql;

/// <summary>The application database on PostgreSQL: the same model, its own type so that EF finds PostgreSQL's migrations.</summary>
public sealed class PostgreSqlLeaveDbContext(DbContextOptions<PostgreSqlLeaveDbContext> options) : LeaveDbContext(options);
