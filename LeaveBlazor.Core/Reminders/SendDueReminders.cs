using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Reminders;

/// <summary>What one run of the reminder job did.</summary>
public sealed record ReminderRun(int Reminded, int Escalated, int Skipped, int Failed);

/// <summary>
/// Reminds approvers of pending requests whose reminder is due, each request in its own transaction.
/// A reminder is claimed with a conditional update on its due time, so two runs at once (two app
/// instances) remind once; the next one is due an interval after now, so reminders missed while the
/// app was down collapse into one.
/// </summary>
public sealed class SendDueReminders(LeaveDbContext db, LeaveEmails emails, LeaveClock clock, IOptions<ReminderOptions> options, ILogger<SendDueReminders> logger)
{
    private readonly ReminderOptions _policy = options.Value;

    public async Task<ReminderRun> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var passedOver = new List<Guid>();
        int reminded = 0, escalated = 0, skipped = 0, failed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var due = await db.LeaveRequests.AsNoTracking()
                .Where(r => r.NextReminderDue <= now && r.Status == LeaveStatus.Pending && !passedOver.Contains(r.Id))
                .OrderBy(r => r.NextReminderDue)
                .Select(r => new { r.Id, Due = r.NextReminderDue!.Value })
                .Take(_policy.BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            foreach (var item in due)
            {
                try
                {
                    switch (await RemindAsync(item.Id, item.Due, now, cancellationToken))
                    {
                        case Outcome.Reminded: reminded++; break;
                        case Outcome.Escalated: escalated++; break;
                        default: skipped++; passedOver.Add(item.Id); break;
                    }
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // One request's failure must not hold back everyone else's reminder; it is retried next run.
                    logger.LogError(failure, "Reminder for leave request {RequestId} failed", item.Id);
                    failed++;
                    passedOver.Add(item.Id);
                }
            }
        }

        return new ReminderRun(reminded, escalated, skipped, failed);
    }

    private enum Outcome
    {
        Reminded,
        Escalated,
        Skipped,
    }

    private async Task<Outcome> RemindAsync(Guid requestId, DateTimeOffset due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.LeaveRequests.AsNoTracking()
            .Include(r => r.Requester)
            .Include(r => r.Approver).ThenInclude(a => a.Manager)
            .SingleAsync(r => r.Id == requestId, cancellationToken);
        var escalate = request.RemindersSent >= _policy.MaxReminders;

        var claim = db.LeaveRequests.Where(r => r.Id == requestId && r.Status == LeaveStatus.Pending && r.NextReminderDue == due);
        var claimed = escalate
            ? await claim.ExecuteUpdateAsync(s => s.SetProperty(r => r.NextReminderDue, (DateTimeOffset?)null).SetProperty(r => r.OverdueSince, now), cancellationToken)
            : await claim.ExecuteUpdateAsync(s => s.SetProperty(r => r.NextReminderDue, now + _policy.Interval).SetProperty(r => r.RemindersSent, r => r.RemindersSent + 1), cancellationToken);
        if (claimed == 0)
        {
            return Outcome.Skipped; // decided meanwhile, or another run took this reminder
        }

        if (escalate)
        {
            var recipients = await EscalationRecipientsAsync(request.Approver, cancellationToken);
            db.Outbox.AddRange(recipients.Select(to => emails.Escalation(request, to)));
            var names = recipients.Count == 0 ? "nobody (no manager or admin to tell)" : string.Join(", ", recipients.Select(r => r.DisplayName));
            Record(request, LeaveEventKind.Escalated, $"No decision after {request.RemindersSent} reminders: escalated to {names}", now);
        }
        else
        {
            db.Outbox.Add(emails.Reminder(request));
            Record(request, LeaveEventKind.Reminded, $"Reminder {request.RemindersSent + 1} of {_policy.MaxReminders} sent to {request.Approver.DisplayName}", now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return escalate ? Outcome.Escalated : Outcome.Reminded;
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

    private void Record(LeaveRequest request, LeaveEventKind kind, string comment, DateTimeOffset now) =>
        db.Set<LeaveHistoryEntry>().Add(new LeaveHistoryEntry(request.Id, kind, Actor.App, LeaveChannel.Automatic, now, comment));
}
