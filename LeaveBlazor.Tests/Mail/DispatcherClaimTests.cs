using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.PostgreSql;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace LeaveBlazor.Tests.Mail;

/// <summary>
/// Who may send an email another dispatcher claimed: at a start, the claims of a dispatcher on this host whose process
/// is gone come back at once; a running one's, or one's on another host, only when their lease lapses, and a
/// dispatcher that is still sending keeps renewing its lease.
/// </summary>
public class DispatcherClaimTests : FreshDatabaseTest
{
    private static readonly TimeSpan Lease = new MailOptions().ClaimLease;

    [Fact]
    public async Task Email_claimed_by_a_dispatcher_whose_process_ended_is_sent_right_after_a_start_on_its_host()
    {
        var queued = await Database.QueueEmailAsync(TestPeople.Sam.Email);
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        await ClaimAsync(queued, new OutboxDispatcherProcess(Guid.NewGuid(), ThisDispatcher.HostIdentity(), self.Id, self.StartTime.ToUniversalTime().AddHours(-1)));

        await StartAsync();
        var report = await Database.DispatchAsync(MailTestSetup.Pickup(Database));

        Assert.Equal(1, report.Sent);
    }

    [Fact]
    public async Task Email_claimed_by_a_dispatcher_still_running_on_this_host_is_left_to_it_at_a_start()
    {
        var queued = await Database.QueueEmailAsync(TestPeople.Sam.Email);
        await ClaimAsync(queued, new ThisDispatcher().Process);

        await StartAsync();
        var report = await Database.DispatchAsync(MailTestSetup.Pickup(Database));

        Assert.Equal(0, report.Sent);
    }

    [Fact]
    public async Task Email_claimed_by_a_dispatcher_on_another_host_is_sent_once_its_lease_lapses()
    {
        var queued = await Database.QueueEmailAsync(TestPeople.Sam.Email);
        await ClaimAsync(queued, new OutboxDispatcherProcess(Guid.NewGuid(), "another-machine/its-boot", 4242, Database.Time.GetUtcNow()));
        var mail = MailTestSetup.Pickup(Database);

        await StartAsync();
        var afterStart = await Database.DispatchAsync(mail);
        Database.Time.Advance(Lease);
        var afterLease = await Database.DispatchAsync(mail);

        Assert.Equal((0, 1), (afterStart.Sent, afterLease.Sent));
    }

    [Fact]
    public async Task Dispatcher_still_sending_renews_its_claims_so_another_sends_nothing_after_the_first_lease()
    {
        await Database.QueueEmailAsync(TestPeople.Sam.Email);
        await Database.QueueEmailAsync(TestPeople.Alex.Email);
        using var sending = new ManualResetEventSlim();
        using var letGo = new ManualResetEventSlim();
        await using var slowServer = ScriptedSmtpServer.Start(command =>
        {
            if (command == ScriptedSmtpServer.EndOfData && !sending.IsSet)
            {
                sending.Set();
                letGo.Wait(TimeSpan.FromSeconds(20));
            }

            return null;
        });
        var first = Database.DispatchAsync(MailTestSetup.Smtp(slowServer.Port));
        await Eventually.HoldsAsync(() => Task.FromResult(sending.IsSet), set => set, "the first email to be on its way");

        var claimedAt = Database.Time.GetUtcNow();
        for (var beat = 1; beat <= 4; beat++)
        {
            Database.Time.Advance(Lease / 3);
            var renewedTo = Database.Time.GetUtcNow() + Lease;
            await Eventually.HoldsAsync(LeasesAsync, leases => leases.All(until => until == renewedTo), $"beat {beat} to renew the claims");
        }

        var second = await Database.DispatchAsync(MailTestSetup.Pickup(Database));
        letGo.Set();
        var firstReport = await first;

        Assert.True(Database.Time.GetUtcNow() > claimedAt + Lease);
        Assert.Equal((0, 2), (second.Sent, firstReport.Sent));
    }

    private async Task<List<DateTimeOffset?>> LeasesAsync() =>
        await Database.InScopeAsync<LeaveDbContext, List<DateTimeOffset?>>(db =>
            db.Outbox.AsNoTracking().Where(m => m.State == OutboxState.Pending).Select(m => m.ClaimedUntil).ToListAsync());

    private Task StartAsync() =>
        Database.InScopeAsync<LeaveDbContext, int>(db =>
            new ReleaseClaimsOfGoneDispatchers(db, new ThisDispatcher(), NullLogger<ReleaseClaimsOfGoneDispatchers>.Instance).ExecuteAsync(CancellationToken.None));

    private Task ClaimAsync(OutboxMessage message, OutboxDispatcherProcess owner) =>
        Database.InScopeAsync<LeaveDbContext>(async db =>
        {
            db.OutboxDispatchers.Add(owner);
            await db.SaveChangesAsync();
            Guid? by = owner.Id;
            DateTimeOffset? until = Database.Time.GetUtcNow() + Lease;
            await db.Outbox.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(row => row.SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.ClaimedBy, by));
        });
}

/// <summary>
/// The same tests with the outbox on PostgreSQL, and what only it does: rows another transaction holds (another
/// instance claiming or saving them) are passed over, not waited for.
/// </summary>
public sealed class DispatcherClaimOnPostgreSqlTests : DispatcherClaimTests
{
    protected override bool OnPostgreSql => true;

    [Fact]
    public async Task Email_locked_by_another_transaction_is_passed_over_and_the_others_leave_without_waiting_for_it()
    {
        var held = await Database.QueueEmailAsync(TestPeople.Sam.Email);
        await Database.QueueEmailAsync(TestPeople.Alex.Email);
        await Database.QueueEmailAsync(TestPeople.Dana.Email);
        var mail = MailTestSetup.Pickup(Database);

        await using var holding = await HoldInAnotherTransactionAsync($"""SELECT 1 FROM "Outbox" WHERE "Id" = {held.Id} FOR UPDATE""");

        // A claim that waited for the lock would still be waiting when this ends the pass.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var whileHeld = await Database.DispatchAsync(mail, cancellationToken: bound.Token);
        await holding.RollbackAsync();
        var afterwards = await Database.DispatchAsync(mail);

        Assert.Equal((2, 1), (whileHeld.Sent, afterwards.Sent));
    }

    [Fact]
    public async Task Outcomes_are_saved_while_another_transaction_holds_the_write_turn()
    {
        await Database.QueueEmailAsync(TestPeople.Sam.Email);
        await Database.QueueEmailAsync(TestPeople.Alex.Email);
        await using var holding = await HoldInAnotherTransactionAsync($"SELECT pg_advisory_xact_lock({PostgreSqlDatabase.WriteTurnLockKey})");

        // A save that queued for the turn would still be waiting when this ends the pass.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var whileHeld = await Database.DispatchAsync(MailTestSetup.Pickup(Database), cancellationToken: bound.Token);

        Assert.Equal(2, whileHeld.Sent);
    }

    /// <summary>Runs <paramref name="takeLock"/> in a transaction on a connection of its own, which keeps the lock until rolled back or disposed.</summary>
    private async Task<HeldLock> HoldInAnotherTransactionAsync(string takeLock)
    {
        var other = new NpgsqlConnection(Database.ConnectionString);
        await other.OpenAsync();
        var holding = await other.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(takeLock, other, holding);
        await command.ExecuteNonQueryAsync();
        return new HeldLock(other, holding);
    }

    private sealed class HeldLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public Task RollbackAsync() => transaction.RollbackAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
