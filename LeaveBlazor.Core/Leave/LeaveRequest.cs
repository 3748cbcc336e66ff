using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// A request for time off and its life: Pending until the approver approves or rejects it,
/// or the requester cancels it; leave whose policy needs no approval is approved as it is recorded. Every transition
/// is checked here and recorded in <see cref="History"/>.
/// </summary>
public sealed partial class LeaveRequest
{
    private readonly List<LeaveHistoryEntry> _history = [];

    private LeaveRequest()
    {
    }

    internal LeaveRequest(string reference, Employee requester, Employee approver, LeavePolicy policy,
        LeaveDates dates, decimal workingDays, string? reason, LeaveChannel channel, LeaveClock clock, TimeSpan reminderInterval)
    {
        Id = Guid.CreateVersion7(clock.UtcNow);
        Reference = reference;
        RequesterId = requester.Id;
        Requester = requester;
        ApproverId = approver.Id;
        Approver = approver;
        LeavePolicyId = policy.Id;
        LeaveType = policy.Name;
        FirstDay = dates.FirstDay;
        LastDay = dates.LastDay;
        HalfDayStart = dates.HalfDayStart;
        HalfDayEnd = dates.HalfDayEnd;
        WorkingDays = workingDays;
        Reason = reason;
        Status = LeaveStatus.Pending;
        SubmittedAt = clock.UtcNow;
        NextReminderDue = clock.UtcNow + reminderInterval;
        Record(LeaveEventKind.Submitted, new Actor(requester.Id, requester.DisplayName), channel, clock, reason);
        if (!policy.NeedsApproval)
        {
            Decide(LeaveStatus.Approved, LeaveEventKind.Approved, Actor.App, $"{policy.Name} leave needs no approval: approved at once, and {approver.DisplayName} informed",
                LeaveChannel.Automatic, clock);
        }
    }

    public Guid Id { get; private set; }

    /// <summary>The human reference, such as LR-2026-00042.</summary>
    public string Reference { get; private set; } = "";

    public string RequesterId { get; private set; } = "";

    public Employee Requester { get; private set; } = null!;

    public string ApproverId { get; private set; } = "";

    public Employee Approver { get; private set; } = null!;

    /// <summary>The type's name when the request was made; it stays as it was if the type is renamed later.</summary>
    public string LeaveType { get; private set; } = "";

    /// <summary>The policy the request was decided under.</summary>
    public int LeavePolicyId { get; private set; }

    public DateOnly FirstDay { get; private set; }

    public DateOnly LastDay { get; private set; }

    public bool HalfDayStart { get; private set; }

    public bool HalfDayEnd { get; private set; }

    public decimal WorkingDays { get; private set; }

    public string? Reason { get; private set; }

    public LeaveStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedByName { get; private set; }

    public string? DecisionComment { get; private set; }

    /// <summary>When the approver is next reminded; null once nothing is left to remind about.</summary>
    public DateTimeOffset? NextReminderDue { get; private set; }

    public int RemindersSent { get; private set; }

    /// <summary>Set when the last reminder went unanswered and the request was escalated.</summary>
    public DateTimeOffset? OverdueSince { get; private set; }

    /// <summary>Bumped by every transition; two people deciding at once cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<LeaveHistoryEntry> History => _history;

    public LeaveDates Dates => new(FirstDay, LastDay, HalfDayStart, HalfDayEnd);

    public void Approve(Actor approver, string? comment, LeaveChannel channel, LeaveClock clock)
    {
        EnsureDecidableBy(approver, clock);
        Decide(LeaveStatus.Approved, LeaveEventKind.Approved, approver, comment, channel, clock);
    }

    public void Reject(Actor approver, string? reason, LeaveChannel channel, LeaveClock clock)
    {
        EnsureDecidableBy(approver, clock);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new LeaveValidationException(new Dictionary<string, string[]>
            {
                ["Comment"] = [$"Give a reason for rejecting, so {Requester?.DisplayName ?? "the requester"} knows why."],
            });
        }

        Decide(LeaveStatus.Rejected, LeaveEventKind.Rejected, approver, reason, channel, clock);
    }

    public void Cancel(Actor requester, LeaveChannel channel, LeaveClock clock)
    {
        if (requester.EmployeeId != RequesterId)
        {
            throw new LeaveRuleException($"Only the person who asked for {Reference} can cancel it.");
        }

        EnsurePending(clock, "it can no longer be cancelled");
        Status = LeaveStatus.Cancelled;
        NextReminderDue = null;
        DecidedAt = clock.UtcNow;
        DecidedByName = requester.DisplayName;
        Record(LeaveEventKind.Cancelled, requester, channel, clock, comment: null);
    }

    /// <summary>
    /// An admin gives the request to <paramref name="successor"/> (its approver was deactivated): the successor decides it
    /// from now on, is reminded from scratch, and the links sent to the previous approver stop working.
    /// </summary>
    public void HandOverTo(Employee successor, Actor admin, LeaveClock clock, TimeSpan reminderInterval)
    {
        EnsurePending(clock, "there is nothing left to hand over");
        if (successor.Id == ApproverId)
        {
            throw new LeaveRuleException($"{successor.DisplayName} already decides {Reference}: choose someone else to take it over.");
        }

        if (!successor.MayApproveLeaveOf(Requester))
        {
            throw new LeaveRuleException(
                $"{successor.DisplayName} cannot take over {Reference}: only an active approver other than {Requester.DisplayName} can decide it. Choose someone else.");
        }

        var previous = Approver;
        ApproverId = successor.Id;
        Approver = successor;
        RemindersSent = 0;
        OverdueSince = null;
        NextReminderDue = clock.UtcNow + reminderInterval;
        Record(LeaveEventKind.HandedOver, admin, LeaveChannel.Web, clock,
            $"Handed over from {previous.DisplayName}{(previous.IsActive ? "" : " (deactivated)")} to {successor.DisplayName}");
    }

    /// <summary>Why this request can no longer change, in words, e.g. "approved by Dana Scully on 3 Dec 2026 at 14:05".</summary>
    public string DescribeOutcome(LeaveClock clock) => Status switch
    {
        LeaveStatus.Pending => "still waiting for a decision",
        LeaveStatus.Cancelled when CancelledAfterApproval => $"cancelled at the requester's ask, confirmed by {DecidedByName} on {clock.Describe(DecidedAt!.Value)}",
        LeaveStatus.Cancelled => $"cancelled by the requester, {DecidedByName}, on {clock.Describe(DecidedAt!.Value)}",
        _ => $"{Status.ToString().ToLowerInvariant()} by {DecidedByName} on {clock.Describe(DecidedAt!.Value)}",
    };

    private void EnsureDecidableBy(Actor approver, LeaveClock clock)
    {
        EnsurePending(clock, "there is nothing left to decide");
        if (!IsApproverOrStandIn(approver))
        {
            throw new LeaveRuleException($"Only {Approver?.DisplayName ?? "the chosen approver"}, the approver of {Reference}, can decide it.");
        }
    }

    /// <summary>The approver, or a delegate acting on their behalf (<see cref="StandIns.ActingAsync"/> names them so).</summary>
    private bool IsApproverOrStandIn(Actor actor) => actor.EmployeeId == ApproverId || actor.OnBehalfOfId == ApproverId;

    private void EnsurePending(LeaveClock clock, string consequence)
    {
        if (Status != LeaveStatus.Pending)
        {
            throw LeaveConflictException.Over(this, $"{Reference} was already {DescribeOutcome(clock)}; {consequence}.");
        }
    }

    private void Decide(LeaveStatus outcome, LeaveEventKind kind, Actor approver, string? comment, LeaveChannel channel, LeaveClock clock)
    {
        Status = outcome;
        NextReminderDue = null;
        DecidedAt = clock.UtcNow;
        DecidedByName = approver.DisplayName;
        DecisionComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Record(kind, approver, channel, clock, DecisionComment);
    }

    private LeaveHistoryEntry Record(LeaveEventKind kind, Actor actor, LeaveChannel channel, LeaveClock clock, string? comment)
    {
        var entry = new LeaveHistoryEntry(Id, kind, actor, channel, clock.UtcNow, comment);
        _history.Add(entry);
        Version++;
        return entry;
    }
}
