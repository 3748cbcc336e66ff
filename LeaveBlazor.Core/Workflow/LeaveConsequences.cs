using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;

namespace LeaveBlazor.Core.Workflow;

/// <summary>
/// What a change of a request causes besides itself: the emails it sends and the days it moves in the balance ledger,
/// added to the same context so that they are saved in its transaction, or not at all.
/// </summary>
public sealed class LeaveConsequences(LeaveEmails emails, LeaveTaken taken, LeaveClock clock)
{
    public async Task AddAsync(LeaveDbContext db, LeaveRequest request, CancellationToken cancellationToken)
    {
        await taken.AddLinesAsync(db, request, cancellationToken);
        await db.QueueEmailsAsync(request, emails, clock, cancellationToken);
    }
}
