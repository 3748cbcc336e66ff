using System.Data.Common;
using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// The one way the dispatcher is woken: a commit that wrote emails to send (<see cref="LeaveDbContext.TakeOutboxWrites"/>)
/// pulses the <see cref="OutboxSignal"/>. Every save runs in a transaction (the context's auto-transaction is always on),
/// so watching commits sees every write, and a dispatcher never looks before the rows are visible. The periodic sweep
/// stays as the safety net.
/// </summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
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

    private static void Forget(TransactionEndEventData eventData) => (eventData.Context as LeaveDbContext)?.TakeOutboxWrites();
}
