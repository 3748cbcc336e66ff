using System.Data.Common;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// The one way the dispatcher is woken: a commit that wrote emails to send pulses the <see cref="OutboxSignal"/>. Saves
/// note them here; bulk writes that pass no SaveChanges note them themselves (<see cref="LeaveDbContext.NoteOutboxWritten"/>). Every save runs in a transaction (the context's auto-transaction is always on),
/// so watching commits sees every write, and a dispatcher never looks before the rows are visible. The periodic sweep
/// stays as the safety net.
/// </summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteEmailsToSend(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteEmailsToSend(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => PulseIfEmailsWritten(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        PulseIfEmailsWritten(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private void PulseIfEmailsWritten(TransactionEndEventData eventData)
    {
        if (eventData.Context is LeaveDbContext db && db.TakeOutboxWrites())
        {
            signal.Pulse();
        }
    }

    /// <summary>New outbox rows, or failed ones made pending again (a retry does not change the state, so it is not one).</summary>
    private static void NoteEmailsToSend(DbContext? context)
    {
        if (context is LeaveDbContext db && db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added
            || (e.State == EntityState.Modified && e.Property(m => m.State).IsModified && e.Entity.State == OutboxState.Pending)))
        {
            db.NoteOutboxWritten();
        }
    }

    private static void Forget(TransactionEndEventData eventData) => (eventData.Context as LeaveDbContext)?.TakeOutboxWrites();
}
