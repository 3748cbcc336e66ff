using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Data;

/// <summary>
/// The factory lends contexts from a pool. A context handed out again must behave as a new one: EF resets its own
/// state, and the context's own (what it noted for the outbox's wake-up, and how it saves) must be reset too.
/// </summary>
public sealed class PooledContextsTests : FreshDatabaseTest
{
    [Fact]
    public async Task A_context_given_back_is_lent_again()
    {
        LeaveDbContext? first = null;

        var again = await TwoLoansAsync(db => first = db, db => db);

        Assert.Same(first, again);
    }

    [Fact]
    public async Task A_context_lent_again_saves_in_a_transaction_whatever_its_last_user_set()
    {
        var behaviour = await TwoLoansAsync(db => db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never, db => db.Database.AutoTransactionBehavior);

        Assert.Equal(AutoTransactionBehavior.Always, behaviour);
    }

    [Fact]
    public async Task A_context_lent_again_has_no_emails_noted_by_its_last_user()
    {
        var noted = await TwoLoansAsync(db => db.NoteOutboxWritten(), db => db.TakeOutboxWrites());

        Assert.False(noted);
    }

    [Fact]
    public async Task A_context_lent_again_is_not_limited_to_claimed_rows()
    {
        var claimedOnly = await TwoLoansAsync(db => db.SaveClaimedRowsOnly(), db => db.SavingClaimedRowsOnly);

        Assert.False(claimedOnly);
    }

    [Fact]
    public async Task A_context_lent_again_tracks_nothing_of_its_last_user()
    {
        var tracked = await TwoLoansAsync(
            db => db.Outbox.Add(new OutboxMessage(EmailKind.Outcome, null, "sam@example.com", "Sam", "Subject", "<p>Body</p>", "Body", DateTimeOffset.UnixEpoch)),
            db => db.ChangeTracker.Entries().Count());

        Assert.Equal(0, tracked);
    }

    /// <summary>
    /// Borrows a context, lets <paramref name="use"/> change it, gives it back, borrows again and <paramref name="inspect"/>s
    /// what it got: the same context, from a pool of its own (the app's holds contexts its start-up used, first in, first out).
    /// </summary>
    private async Task<T> TwoLoansAsync<T>(Action<LeaveDbContext> use, Func<LeaveDbContext, T> inspect)
    {
        await using var services = new ServiceCollection().AddLeaveSqlite(Database.ConnectionString).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<LeaveDbContext>>();
        LeaveDbContext first;
        await using (first = await contexts.CreateDbContextAsync())
        {
            use(first);
        }

        await using var again = await contexts.CreateDbContextAsync();
        return ReferenceEquals(again, first) ? inspect(again) : throw new InvalidOperationException("The pool lent a new context, not the one given back.");
    }
}
