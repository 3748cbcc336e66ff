using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Mail;

/// <summary>When the interceptor wakes the dispatcher: once emails are committed, and not before or otherwise.</summary>
public sealed class OutboxSignalTests : FreshDatabaseTest
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly OutboxSignal _signal = new();

    // The sweep never comes due on its own: only a pulse ends a wait.
    private readonly FakeTimeProvider _sweepClock = new();

    [Fact]
    public async Task Submitting_a_request_wakes_the_dispatcher()
    {
        var submit = new SubmitLeaveRequest(Contexts(), Service<LeaveRequestRules>(), Service<WorkingCalendars>(), Service<LeaveBalances>(), Service<LeaveConsequences>(), Service<LeaveClock>(), Service<IOptions<ReminderOptions>>());
        var woken = _signal.WaitAsync(Bound, _sweepClock, CancellationToken.None);

        await submit.ExecuteAsync(TestPeople.Alex.Id, LeaveInput.NextWeek(), LeaveChannel.Web);

        await woken.WaitAsync(Bound);
    }

    [Fact]
    public async Task Emails_saved_inside_a_transaction_do_not_wake_the_dispatcher_before_the_commit()
    {
        await using var db = Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Outbox.Add(Email());
        await db.SaveChangesAsync();

        Assert.False(_signal.WaitAsync(Bound, _sweepClock, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task Emails_saved_inside_a_transaction_wake_the_dispatcher_when_it_commits()
    {
        await using var db = Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Outbox.Add(Email());
        await db.SaveChangesAsync();
        var woken = _signal.WaitAsync(Bound, _sweepClock, CancellationToken.None);

        await transaction.CommitAsync();

        await woken.WaitAsync(Bound);
    }

    [Fact]
    public async Task Retrying_a_failed_email_wakes_the_dispatcher()
    {
        await Database.QueueEmailAsync("not an address");
        await Database.DispatchAsync(MailTestSetup.Pickup(Database));
        await using var db = Context();
        var failed = await db.Outbox.SingleAsync(m => m.State == OutboxState.Failed);
        var woken = _signal.WaitAsync(Bound, _sweepClock, CancellationToken.None);

        await new RetryOutboxEmail(Contexts(), Database.Time).ExecuteAsync(failed.Id, new Actor("ada", "Ada Admin"));

        await woken.WaitAsync(Bound);
    }

    [Fact]
    public async Task A_reminder_pass_wakes_the_dispatcher()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(Database.Reminders.Interval);
        var reminders = new SendDueReminders(Contexts(), Service<IDatabaseEngine>(), Service<LeaveEmails>(), Service<LeaveClock>(), Service<IOptions<ReminderOptions>>(), NullLogger<SendDueReminders>.Instance);
        var woken = _signal.WaitAsync(Bound, _sweepClock, CancellationToken.None);

        Assert.Equal(1, (await reminders.ExecuteAsync()).Reminded);
        await woken.WaitAsync(Bound);
    }

    [Fact]
    public async Task Emails_rolled_back_do_not_wake_the_dispatcher()
    {
        await using var db = Context();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Outbox.Add(Email());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.False(_signal.WaitAsync(Bound, _sweepClock, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task Saves_that_write_no_email_do_not_wake_the_dispatcher()
    {
        await Database.QueueEmailAsync(TestPeople.Sam.Email);
        await using var db = Context();
        var sent = await db.Outbox.SingleAsync();
        sent.MarkSent(Database.Time.GetUtcNow());
        await db.SaveChangesAsync();

        Assert.False(_signal.WaitAsync(Bound, _sweepClock, CancellationToken.None).IsCompleted);
    }

    private LeaveDbContext Context()
    {
        var options = new DbContextOptionsBuilder<LeaveDbContext>();
        options.UseLeaveSqlite(Database.ConnectionString).AddInterceptors(new OutboxSignalInterceptor(_signal));
        return new LeaveDbContext(options.Options);
    }

    /// <summary>The operations' context factory, making contexts with this test's signal interceptor.</summary>
    private IDbContextFactory<LeaveDbContext> Contexts() => new ContextsOf(Context);

    private T Service<T>()
        where T : notnull => Database.Services.GetRequiredService<T>();

    private OutboxMessage Email() =>
        new(EmailKind.SubmissionReceipt, null, TestPeople.Sam.Email, TestPeople.Sam.DisplayName, "Subject", "<p>Hi</p>", "Hi", Database.Time.GetUtcNow());

    private sealed class ContextsOf(Func<LeaveDbContext> create) : IDbContextFactory<LeaveDbContext>
    {
        public LeaveDbContext CreateDbContext() => create();
    }
}
