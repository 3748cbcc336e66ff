using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>
/// Loading a request to change it, and saving the change together with the emails it causes,
/// so that a lost race reads as a clear conflict and no change is ever saved without its emails.
/// </summary>
internal static class LeaveTransitions
{
    private const int MaxTries = 3;

    /// <summary>
    /// One change of a request as a unit of work: a context of its own, the request loaded fresh, changed by
    /// <paramref name="change"/>, saved with its emails; tried again when a reminder got in between (<see cref="RetriedAsync"/>).
    /// </summary>
    public static Task<LeaveRequest> ChangeAsync(this IDbContextFactory<LeaveDbContext> contexts, Guid requestId, Action<LeaveRequest> change,
        LeaveConsequences consequences, LeaveClock clock, CancellationToken cancellationToken) =>
        contexts.ChangeAsync(requestId, (_, request) =>
        {
            change(request);
            return Task.CompletedTask;
        }, consequences, clock, cancellationToken);

    /// <summary><see cref="ChangeAsync(IDbContextFactory{LeaveDbContext}, Guid, Action{LeaveRequest}, LeaveConsequences, LeaveClock, CancellationToken)"/> for a change that reads more from the context first.</summary>
    public static Task<LeaveRequest> ChangeAsync(this IDbContextFactory<LeaveDbContext> contexts, Guid requestId, Func<LeaveDbContext, LeaveRequest, Task> change,
        LeaveConsequences consequences, LeaveClock clock, CancellationToken cancellationToken) =>
        RetriedAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var request = await db.LoadForChangeAsync(requestId, cancellationToken);
            await change(db, request);
            await db.SaveTransitionAsync(request, consequences, clock, cancellationToken);
            return request;
        });

    public static async Task<LeaveRequest> LoadForChangeAsync(this LeaveDbContext db, Guid requestId, CancellationToken cancellationToken)
    {
        return await db.LeaveRequests
                .Include(r => r.Requester)
                .Include(r => r.Approver)
                .Include(r => r.History)
                .AsSplitQuery()
                .SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new LeaveRequestNotFoundException(requestId.ToString());
    }

    /// <summary>Adds the emails that the request's unsaved history entries cause, to be saved with them.</summary>
    public static async Task QueueEmailsAsync(this LeaveDbContext db, LeaveRequest request, LeaveEmails emails, LeaveClock clock, CancellationToken cancellationToken)
    {
        var unsaved = request.History.Where(h => h.Id == 0).ToList();
        var standIns = unsaved.Any(h => LeaveEmails.AsksApprover(h.Kind))
            ? await StandIns.ReadAsync(db, [request.ApproverId], clock.Today, cancellationToken)
            : StandIns.None;
        foreach (var entry in unsaved)
        {
            db.Outbox.AddRange(emails.For(request, entry, standIns));
        }
    }

    /// <summary>Saves the change with its consequences (<see cref="LeaveConsequences"/>); a lost race reads as a conflict.</summary>
    public static async Task SaveTransitionAsync(this LeaveDbContext db, LeaveRequest request, LeaveConsequences consequences, LeaveClock clock, CancellationToken cancellationToken)
    {
        var wasPending = db.Entry(request).Property(r => r.Status).OriginalValue == LeaveStatus.Pending;
        await consequences.AddAsync(db, request, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException lost)
        {
            // Lost to someone who changed the request first: its version moved on, or the ledger already holds the
            // days the winner's change moved, which the line's unique key refuses twice.
            var winner = await db.LeaveRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id, cancellationToken);
            if (wasPending && winner.Status != LeaveStatus.Pending)
            {
                throw LeaveConflictException.Over(winner, $"{winner.Reference} was already {winner.DescribeOutcome(clock)}.");
            }

            if (lost is DbUpdateConcurrencyException || winner.Version != db.Entry(request).Property(r => r.Version).OriginalValue)
            {
                // Tried again on the fresh state, where the request's own rules say what the winner's change means.
                throw new LeaveChangedMeanwhileException(winner);
            }

            throw;
        }
    }

    /// <summary>
    /// Runs a load-change-save <paramref name="attempt"/> again when the request changed meanwhile without being decided
    /// (a reminder bumps its version too); a decision by someone else still ends it with their conflict.
    /// </summary>
    public static async Task<LeaveRequest> RetriedAsync(Func<Task<LeaveRequest>> attempt)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (LeaveChangedMeanwhileException) when (tries < MaxTries)
            {
                // fresh state on the next try: each attempt loads the request again
            }
        }
    }
}
