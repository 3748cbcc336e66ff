using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Reminders;

/// <summary>What one run of the reminder job did.</summary>
public sealed record ReminderRun(int Reminded, int Escalated, int Skipped, int Failed)
{
    public static readonly ReminderRun Nothing = new(0, 0, 0, 0);

    public static ReminderRun operator +(ReminderRun a, ReminderRun b) =>
        new(a.Reminded + b.Reminded, a.Escalated + b.Escalated, a.Skipped + b.Skipped, a.Failed + b.Failed);
}

/// <summary>
/// Reminds approvers of pending requests whose reminder is due, a batch at a time: each batch is written in one
/// transaction, and if any request of it cannot be (decided meanwhile, taken by another run, or broken), the batch is
/// undone and each of its requests goes on its own, so one bad request never holds back the others. The request itself
/// decides each reminder and escalation (<see cref="LeaveRequest.Remind"/>, <see cref="LeaveRequest.Escalate"/>), and
/// its new state is written guarded by the version it was read at: a decision or another run that changed it first
/// wins, and this run writes nothing for it. The next reminder is due an interval after now, so reminders missed while
/// the app was down collapse into one.
/// </summary>
public sealed class SendDueReminders(IDbContextFactory<LeaveDbContext> contexts, IDatabaseEngine engine, LeaveEmails emails, LeaveClock clock, IOptions<ReminderOptions> options, ILogger<SendDueReminders> logger)
{
    // What a reminder or an escalation changes on the request; the rest of it stays as it was read.
    private static readonly string[] ReminderState =
        [nameof(LeaveRequest.NextReminderDue), nameof(LeaveRequest.RemindersSent), nameof(LeaveRequest.OverdueSince), nameof(LeaveRequest.Version)];

    private readonly ReminderOptions _policy = options.Value;

    internal sealed record DueReminder(Guid Id, DateTimeOffset Due);

    public async Task<ReminderRun> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var passedOver = new List<Guid>();
        var run = ReminderRun.Nothing;
        while (!cancellationToken.IsCancellationRequested)
        {
            List<DueReminder> due;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                due = await DueQuery(db, now, passedOver, _policy.BatchSize).ToListAsync(cancellationToken);
            }

            if (due.Count == 0)
            {
                break;
            }

            run += await RemindAllAsync(due, now, cancellationToken) ?? await RemindEachAsync(due, now, passedOver, cancellationToken);
        }

        return run;
    }

    /// <summary>The next reminders due, soonest first; answered from the NextReminderDue index, however many requests are stored.</summary>
    internal static IQueryable<DueReminder> DueQuery(LeaveDbContext db, DateTimeOffset now, List<Guid> passedOver, int batchSize) =>
        db.LeaveRequests.AsNoTracking()
            .Where(r => r.NextReminderDue <= now && r.Status == LeaveStatus.Pending && !passedOver.Contains(r.Id))
            .OrderBy(r => r.NextReminderDue)
            .Select(r => new DueReminder(r.Id, r.NextReminderDue!.Value))
            .Take(batchSize);

    /// <summary>The whole batch in one transaction, or null (and nothing written) when any request of it needs handling on its own.</summary>
    private async Task<ReminderRun?> RemindAllAsync(List<DueReminder> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteAsync(due, now, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "A batch of {Count} reminders could not be written at once; each goes on its own", due.Count);
            return null;
        }
    }

    private async Task<ReminderRun> RemindEachAsync(List<DueReminder> due, DateTimeOffset now, List<Guid> passedOver, CancellationToken cancellationToken)
    {
        var run = ReminderRun.Nothing;
        foreach (var item in due)
        {
            try
            {
                // Decided meanwhile, or another run took this reminder: skipped.
                run += await WriteAsync([item], now, cancellationToken) ?? new ReminderRun(0, 0, 1, 0);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // One request's failure must not hold back everyone else's reminder; it is retried next run.
                logger.LogError(failure, "Reminder for leave request {RequestId} failed", item.Id);
                run += new ReminderRun(0, 0, 0, 1);
            }
        }

        // Whatever is still due among them failed, or was decided or taken by another run meanwhile: not again this run.
        passedOver.AddRange(due.Select(d => d.Id));
        return run;
    }

    /// <summary>Reminds or escalates every request of <paramref name="due"/> in one transaction; null, with nothing written, when any of them changed first.</summary>
    private async Task<ReminderRun?> WriteAsync(List<DueReminder> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = due.Select(d => d.Id).ToList();
        var requests = await db.LeaveRequests.AsNoTracking()
            .Include(r => r.Requester)
            .Include(r => r.Approver).ThenInclude(a => a.Manager)
            .Where(r => ids.Contains(r.Id))
            .ToListAsync(cancellationToken);
        if (requests.Count != due.Count)
        {
            var missing = ids.Except(requests.Select(r => r.Id));
            throw new InvalidOperationException($"Leave requests {string.Join(", ", missing)} could not be read with their requester and approver.");
        }

        if (!requests.All(r => r.IsReminderDue(now)))
        {
            return null; // rolled back as the transaction is disposed
        }

        var told = new Dictionary<Guid, IReadOnlyList<Employee>>();
        foreach (var request in requests.Where(r => r.EscalatesNext(_policy.MaxReminders)))
        {
            told[request.Id] = await EscalationRecipientsAsync(db, request.Approver, cancellationToken);
        }

        var asked = requests.Select(r => r.ApproverId).Concat(told.Values.SelectMany(people => people.Select(p => p.Id))).Distinct().ToList();
        var standIns = await StandIns.ReadAsync(db, asked, clock.Today, cancellationToken);
        var changed = new List<(LeaveRequest, object)>();
        var history = new List<LeaveHistoryEntry>();
        var outbox = new List<OutboxMessage>();
        var run = ReminderRun.Nothing;
        foreach (var request in requests)
        {
            changed.Add((request, request.Version));
            if (request.EscalatesNext(_policy.MaxReminders))
            {
                outbox.AddRange(told[request.Id].SelectMany(to => emails.Escalation(request, to, standIns)));
                history.Add(request.Escalate(told[request.Id], clock));
                run += new ReminderRun(0, 1, 0, 0);
            }
            else
            {
                history.Add(request.Remind(_policy.Interval, _policy.MaxReminders, clock));
                outbox.AddRange(emails.Reminder(request, standIns));
                run += new ReminderRun(1, 0, 0, 0);
            }
        }

        if (await engine.UpdateAsync(db, changed, ReminderState, cancellationToken) != changed.Count)
        {
            return null;
        }

        // Thousands of rows: written through one prepared INSERT per table rather than tracked and saved one by one.
        await engine.InsertAsync(db, outbox, cancellationToken);
        await engine.InsertAsync(db, history, cancellationToken);
        db.NoteOutboxWritten(); // the bulk insert passes no SaveChanges: the commit still wakes the dispatcher
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>The approver's manager if they have an active one; otherwise every active admin except the approver.</summary>
    private static async Task<List<Employee>> EscalationRecipientsAsync(LeaveDbContext db, Employee approver, CancellationToken cancellationToken)
    {
        if (approver.Manager is { IsActive: true } manager && manager.Id != approver.Id)
        {
            return [manager];
        }

        return await db.Employees.AsNoTracking()
            .Where(e => e.IsAdmin && e.IsActive && e.Id != approver.Id)
            .OrderBy(e => e.DisplayName)
            .ToListAsync(cancellationToken);
    }
}
