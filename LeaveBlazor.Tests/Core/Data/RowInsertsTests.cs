using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Data;

/// <summary>
/// Rows written past SaveChanges (<see cref="RowInserts"/>) must read back exactly as EF writes them: every column,
/// with its conversion (times as UTC ticks, enums as names, ids as text).
/// </summary>
public sealed class RowInsertsTests : FreshDatabaseTest
{
    [Fact]
    public async Task Email_inserted_in_bulk_reads_back_with_every_value_it_had()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var email = new OutboxMessage(EmailKind.Reminder, request.Id, "dana@example.test", "Dana", "[LR] Reminder", "<p>html</p>", "text", Database.Time.GetUtcNow());

        var stored = await InsertAndReadBackAsync(email, db => db.Outbox.Where(m => m.Kind == EmailKind.Reminder));

        Assert.Equal(ValuesOf(email), ValuesOf(stored));
    }

    [Fact]
    public async Task History_entry_inserted_in_bulk_reads_back_with_every_value_it_had()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var entry = new LeaveHistoryEntry(request.Id, LeaveEventKind.Reminded, Actor.App, LeaveChannel.Automatic, Database.Time.GetUtcNow().AddMinutes(5), "Reminder 1 of 3");

        var stored = await InsertAndReadBackAsync(entry, db => db.Set<LeaveHistoryEntry>().Where(h => h.Kind == LeaveEventKind.Reminded));

        Assert.Equal(ValuesOf(entry), ValuesOf(stored));
    }

    private async Task<T> InsertAndReadBackAsync<T>(T row, Func<LeaveDbContext, IQueryable<T>> find)
        where T : class
    {
        await Database.InScopeAsync<LeaveDbContext>(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await RowInserts.InsertAsync(db, [row], CancellationToken.None);
            await transaction.CommitAsync();
        });
        return await Database.InScopeAsync<LeaveDbContext, T>(db => find(db).AsNoTracking().SingleAsync());
    }

    /// <summary>Every mapped value but the generated key, by property name.</summary>
    private List<(string, object?)> ValuesOf<T>(T row)
        where T : class
    {
        using var scope = Database.CreateScope();
        var entity = scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Model.FindEntityType(typeof(T))!;
        return entity.GetProperties()
            .Where(p => !p.IsPrimaryKey())
            .Select(p => (p.Name, p.GetGetter().GetClrValue(row)))
            .ToList();
    }
}
