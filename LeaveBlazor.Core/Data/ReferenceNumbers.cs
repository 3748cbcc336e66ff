using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Data;

/// <summary>Hands out LR-YYYY-NNNNN references: one atomic upsert, so two submissions never share a number.</summary>
internal static class ReferenceNumbers
{
    public static async Task<string> NextAsync(LeaveDbContext db, int year, CancellationToken cancellationToken)
    {
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO "ReferenceCounters" ("Year", "Last") VALUES ({year}, 1)
            ON CONFLICT ("Year") DO UPDATE SET "Last" = "ReferenceCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return $"LR-{year}-{numbers.Single():D5}";
    }
}
