using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.AnyInput;

/// <summary>How many requests, history lines and emails the app has stored: a refused call must leave all three as they were.</summary>
public sealed record StoredRows(int Requests, int HistoryEntries, int Emails)
{
    public static async Task<StoredRows> CountAsync(LeaveApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<LeaveDbContext>>().CreateDbContextAsync();
        return new StoredRows(
            await db.LeaveRequests.CountAsync(),
            await db.Set<LeaveHistoryEntry>().CountAsync(),
            await db.Outbox.CountAsync());
    }

    /// <summary>Every reason, comment and name stored, where a refused character would have got through.</summary>
    public static async Task<List<string>> StoredTextAsync(LeaveApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<LeaveDbContext>>().CreateDbContextAsync();
        var requests = await db.LeaveRequests.AsNoTracking().Select(r => new { r.Reason, r.DecisionComment }).ToListAsync();
        var comments = await db.Set<LeaveHistoryEntry>().AsNoTracking().Select(h => h.Comment).ToListAsync();
        var names = await db.Employees.AsNoTracking().Select(e => e.DisplayName).ToListAsync();
        return [.. requests.SelectMany(r => new[] { r.Reason, r.DecisionComment }).Concat(comments).Concat(names).OfType<string>()];
    }

    public static bool IsPlain(string text) => PlainText.ProblemIn(text, "text", multiline: true) is null;
}
