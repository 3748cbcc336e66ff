using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Support;

/// <summary>SQLite's own plan for a query, a step a line ("SEARCH ... USING INDEX ...", "USE TEMP B-TREE FOR ORDER BY").</summary>
public static class SqlitePlan
{
    public static async Task<List<string>> OfAsync<T>(LeaveDbContext db, IQueryable<T> query)
    {
        // EF prints the parameters as ".param set" lines before the SQL; the plan needs no values.
        var sql = string.Join('\n', query.ToQueryString().Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var explain = db.Database.GetDbConnection().CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            await using var reader = await explain.ExecuteReaderAsync();
            var steps = new List<string>();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }

            return steps;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
