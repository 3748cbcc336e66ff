using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Leave;

/// <summary>The reminder steps of a pending request: its approver reminded each interval, then the request escalated.</summary>
public sealed partial class LeaveRequest
{
    /// <summary>Whether the approver is owed a reminder (or, after the last one, the escalation) at <paramref name="now"/>.</summary>
    public bool IsReminderDue(DateTimeOffset now) => Status == LeaveStatus.Pending && NextReminderDue <= now;

    /// <summary>
    /// Whether the next due step is the escalation rather than another reminder: the reminders ran out, or the approver
    /// was deactivated (nobody reminds a person who has left; someone must hand the request over).
    /// </summary>
    public bool EscalatesNext(int maxReminders) => RemindersSent >= maxReminders || !Approver.IsActive;

    /// <summary>Reminds the approver once more: counted, the next one scheduled an interval from now, and recorded.</summary>
    public LeaveHistoryEntry Remind(TimeSpan interval, int maxReminders, LeaveClock clock)
    {
        EnsureReminderDue(clock);
        if (!Approver.IsActive)
        {
            throw new LeaveRuleException($"{Approver.DisplayName} is deactivated, so is not reminded about {Reference}: it is escalated instead.");
        }

        RemindersSent++;
        NextReminderDue = clock.UtcNow + interval;
        return Record(LeaveEventKind.Reminded, Actor.App, LeaveChannel.Automatic, clock,
            $"Reminder {RemindersSent} of {maxReminders} sent to {Approver.DisplayName}");
    }

    /// <summary>The reminders went unanswered, or the approver left: flagged overdue, reminded no more, and who was told is recorded.</summary>
    public LeaveHistoryEntry Escalate(IReadOnlyCollection<Employee> told, LeaveClock clock)
    {
        EnsureReminderDue(clock);
        NextReminderDue = null;
        OverdueSince = clock.UtcNow;
        var names = told.Count == 0 ? "nobody (no manager or admin to tell)" : string.Join(", ", told.Select(e => e.DisplayName));
        var why = Approver.IsActive ? $"No decision after {RemindersSent} reminders" : $"{Approver.DisplayName} is deactivated and cannot decide";
        return Record(LeaveEventKind.Escalated, Actor.App, LeaveChannel.Automatic, clock, $"{why}: escalated to {names}");
    }

    private void EnsureReminderDue(LeaveClock clock)
    {
        EnsurePending(clock, "its approver is not reminded any more");
        if (!IsReminderDue(clock.UtcNow))
        {
            throw new LeaveRuleException($"{Reference} is not due a reminder until {(NextReminderDue is { } due ? clock.Describe(due) : "never")}.");
        }
    }
}
