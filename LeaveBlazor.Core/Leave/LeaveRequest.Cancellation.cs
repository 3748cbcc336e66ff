using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// Cancelling approved leave: the requester asks, the approver confirms or declines. Leave that has not begun is
/// cancelled whole; leave under way is cut short after the day of confirmation (days already behind were taken).
/// Until the approver answers, the leave stands as approved.
/// </summary>
public sealed partial class LeaveRequest
{
    /// <summary>When the requester asked to cancel this approved leave; null when no ask is waiting.</summary>
    public DateTimeOffset? CancellationAskedAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public bool CancellationWaiting => CancellationAskedAt is not null;

    /// <summary>True when approved leave was cancelled at the requester's ask (the approver confirmed it).</summary>
    public bool CancelledAfterApproval { get; private set; }

    /// <summary>True when the requester may ask to cancel: approved, no ask waiting, and days after today still ahead.</summary>
    public bool MayAskToCancel(DateOnly today) => Status == LeaveStatus.Approved && !CancellationWaiting && LastDay > today;

    /// <summary>What confirming would leave of the request: nothing (cancelled whole) or the days up to today.</summary>
    public LeaveDates? PartKeptOnCancellation(DateOnly today) =>
        FirstDay > today ? null : new LeaveDates(FirstDay, today, HalfDayStart, HalfDayEnd: false);

    /// <summary>What confirming an ask to cancel would do today, in words (its email and the pages say it).</summary>
    public string WhatConfirmingCancellationDoes(DateOnly today) => PartKeptOnCancellation(today) is { } kept
        ? $"The leave is under way: it would end on {kept.LastDay:d MMM yyyy} and the days after go back to the balance."
        : $"The whole leave ({Dates.Describe()}) would be cancelled and its days go back to the balance.";

    public void AskToCancel(Actor requester, string? reason, LeaveChannel channel, LeaveClock clock)
    {
        if (requester.EmployeeId != RequesterId)
        {
            throw new LeaveRuleException($"Only the person who asked for {Reference} can ask to cancel it.");
        }

        if (Status == LeaveStatus.Pending)
        {
            throw new LeaveStateConflictException($"{Reference} is still waiting for a decision: cancel it straight away instead of asking.");
        }

        EnsureApproved(clock, "it cannot be cancelled");
        if (CancellationWaiting)
        {
            throw new LeaveStateConflictException($"You already asked to cancel {Reference} on {clock.Describe(CancellationAskedAt!.Value)}; {Approver.DisplayName} has not answered yet.");
        }

        if (LastDay <= clock.Today)
        {
            throw new LeaveStateConflictException($"{Reference} ends {(LastDay == clock.Today ? "today" : $"on {LastDay:d MMM yyyy}")}: there are no days ahead left to cancel.");
        }

        CancellationAskedAt = clock.UtcNow;
        CancellationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Record(LeaveEventKind.CancellationAsked, requester, channel, clock, CancellationReason);
    }

    /// <param name="workingDaysOf">Counts working days on the requester's calendar, for leave that is cut short.</param>
    public void ConfirmCancellation(Actor approver, string? comment, LeaveChannel channel, LeaveClock clock, Func<LeaveDates, decimal> workingDaysOf)
    {
        EnsureCancellationAnswerableBy(approver, clock);
        var kept = PartKeptOnCancellation(clock.Today);
        if (LastDay <= clock.Today)
        {
            throw new LeaveStateConflictException($"{Reference} has ended, so no days are left to give back: decline the ask instead.");
        }

        CancellationAskedAt = null;
        var note = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (kept is null)
        {
            Status = LeaveStatus.Cancelled;
            CancelledAfterApproval = true;
        }
        else
        {
            LastDay = kept.LastDay;
            HalfDayEnd = false;
            WorkingDays = workingDaysOf(kept);
            note = $"Cut short: the leave now ends on {kept.LastDay:d MMM yyyy}." + (note is null ? "" : $" {note}");
        }

        DecidedAt = clock.UtcNow;
        DecidedByName = approver.DisplayName;
        Record(LeaveEventKind.CancellationConfirmed, approver, channel, clock, note);
    }

    public void DeclineCancellation(Actor approver, string? reason, LeaveChannel channel, LeaveClock clock)
    {
        EnsureCancellationAnswerableBy(approver, clock);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new LeaveValidationException(new Dictionary<string, string[]>
            {
                ["Comment"] = [$"Give a reason for declining, so {Requester?.DisplayName ?? "the requester"} knows why the leave stands."],
            });
        }

        CancellationAskedAt = null;
        CancellationReason = null;
        Record(LeaveEventKind.CancellationDeclined, approver, channel, clock, reason.Trim());
    }

    private void EnsureCancellationAnswerableBy(Actor approver, LeaveClock clock)
    {
        EnsureApproved(clock, "there is nothing left to answer");
        if (!CancellationWaiting)
        {
            throw LeaveConflictException.Over(this, $"Nobody is waiting for an answer about cancelling {Reference}: the ask was already answered or never made.");
        }

        if (!IsApproverOrStandIn(approver))
        {
            throw new LeaveRuleException($"Only {Approver?.DisplayName ?? "the approver"}, the approver of {Reference}, can answer the ask to cancel it.");
        }
    }

    private void EnsureApproved(LeaveClock clock, string consequence)
    {
        if (Status != LeaveStatus.Approved)
        {
            throw LeaveConflictException.Over(this, $"{Reference} was {DescribeOutcome(clock)}; {consequence}.");
        }
    }
}
