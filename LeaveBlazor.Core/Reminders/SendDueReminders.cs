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
/// undone and each of its requests goes on its own, so one bad request never holds back the others.
/// A reminder is claimed with a conditional update on its due time, so two runs at once (two app instances) remind
/// once; the next one is due an interval after now, so reminders missed while the app was down collapse into one.
/// </summary>
public sealed class SendDueReminders(LeaveDbContext db, LeaveEmails emails, LeaveClock clock, IOptions<ReminderOptions> options, ILogger<SendDueReminders> logger)
{
    private readonly ReminderOptions _policy = options.Value;

    internal sealed record DueReminder(Guid Id, DateTimeOffset Due);

    /// <summary>The rows reminders and escalations write: emails to send and lines of the requests' history.</summary>
    private sealed record Writes(List<OutboxMessage> Emails, List<LeaveHistoryEntry> History)
    {
        public Writes()
            : this([], [])
        {
        }
    }

    public async Task<ReminderRun> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var passedOver = new List<Guid>();
        var run = ReminderRun.Nothing;
        while (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var due = await DueQuery(db, now, passedOver, _policy.BatchSize).ToListAsync(cancellationToken);
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
        db.ChangeTracker.Clear();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = due.Select(d => d.Id).ToList();
            var requests = await db.LeaveRequests.AsNoTracking()
                .Include(r => r.Requester)
                .Include(r => r.Approver).ThenInclude(a => a.Manager)
                .Where(r => ids.Contains(r.Id) && r.Status == LeaveStatus.Pending && r.NextReminderDue <= now)
                .ToListAsync(cancellationToken);
            var escalating = requests.Where(r => r.RemindersSent >= _policy.MaxReminders).ToList();
            var reminding = requests.Except(escalating).ToList();
            if (requests.Count != due.Count
                || await ClaimAsync(reminding.Select(r => r.Id).ToList(), escalate: false, now, cancellationToken) != reminding.Count
                || await ClaimAsync(escalating.Select(r => r.Id).ToList(), escalate: true, now, cancellationToken) != escalating.Count)
            {
                return null; // rolled back as the transaction is disposed
            }

            var writes = new Writes();
            reminding.ForEach(request => WriteReminder(request, now, writes));
            foreach (var request in escalating)
            {
                WriteEscalation(request, await EscalationRecipientsAsync(request.Approver, cancellationToken), now, writes);
            }

            // Thousands of rows: written through one prepared INSERT per table rather than tracked and saved one by one.
            await db.InsertAsync(writes.Emails, cancellationToken);
            await db.InsertAsync(writes.History, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ReminderRun(reminding.Count, escalating.Count, 0, 0);
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
                run += await RemindAsync(item, now, cancellationToken);
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

    private async Task<ReminderRun> RemindAsync(DueReminder item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.LeaveRequests.AsNoTracking()
            .Include(r => r.Requester)
            .Include(r => r.Approver).ThenInclude(a => a.Manager)
            .SingleAsync(r => r.Id == item.Id, cancellationToken);
        var escalate = request.RemindersSent >= _policy.MaxReminders;
        var claim = db.LeaveRequests.Where(r => r.Id == item.Id && r.Status == LeaveStatus.Pending && r.NextReminderDue == item.Due);
        if (await ClaimAsync(claim, escalate, now, cancellationToken) == 0)
        {
            return new ReminderRun(0, 0, 1, 0); // decided meanwhile, or another run took this reminder
        }

        var writes = new Writes();
        if (escalate)
        {
            WriteEscalation(request, await EscalationRecipientsAsync(request.Approver, cancellationToken), now, writes);
        }
        else
        {
            WriteReminder(request, now, writes);
        }

        db.Outbox.AddRange(writes.Emails);
        db.Set<LeaveHistoryEntry>().AddRange(writes.History);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return escalate ? new ReminderRun(0, 1, 0, 0) : new ReminderRun(1, 0, 0, 0);
    }

    private Task<int> ClaimAsync(List<Guid> ids, bool escalate, DateTimeOffset now, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? Task.FromResult(0)
            : ClaimAsync(db.LeaveRequests.Where(r => ids.Contains(r.Id) && r.Status == LeaveStatus.Pending && r.NextReminderDue <= now), escalate, now, cancellationToken);

    private Task<int> ClaimAsync(IQueryable<LeaveRequest> claim, bool escalate, DateTimeOffset now, CancellationToken cancellationToken) => escalate
        ? claim.ExecuteUpdateAsync(s => s.SetProperty(r => r.NextReminderDue, (DateTimeOffset?)null).SetProperty(r => r.OverdueSince, now), cancellationToken)
        : claim.ExecuteUpdateAsync(s => s.SetProperty(r => r.NextReminderDue, now + _policy.Interval).SetProperty(r => r.RemindersSent, r => r.RemindersSent + 1), cancellationToken);

    private void WriteReminder(LeaveRequest request, DateTimeOffset now, Writes writes)
    {
        writes.Emails.Add(emails.Reminder(request));
        writes.History.Add(Entry(request, LeaveEventKind.Reminded, $"Reminder {request.RemindersSent + 1} of {_policy.MaxReminders} sent to {request.Approver.DisplayName}", now));
    }

    private void WriteEscalation(LeaveRequest request, List<Employee> recipients, DateTimeOffset now, Writes writes)
    {
        writes.Emails.AddRange(recipients.Select(to => emails.Escalation(request, to)));
        var names = recipients.Count == 0 ? "nobody (no manager or admin to tell)" : string.Join(", ", recipients.Select(r => r.DisplayName));
        writes.History.Add(Entry(request, LeaveEventKind.Escalated, $"No decision after {request.RemindersSent} reminders: escalated to {names}", now));
    }

    /// <summary>The approver's manager if they have an active one; otherwise every active admin except the approver.</summary>
    private async Task<List<Employee>> EscalationRecipientsAsync(Employee approver, CancellationToken cancellationToken)
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

    private static LeaveHistoryEntry Entry(LeaveRequest request, LeaveEventKind kind, string comment, DateTimeOffset now) =>
        new(request.Id, kind, Actor.App, LeaveChannel.Automatic, now, comment);
}
