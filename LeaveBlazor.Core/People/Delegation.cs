namespace LeaveBlazor.Core.People;

/// <summary>
/// An approver's stand-in: while it is in force, new requests, reminders and escalations that would reach the approver
/// go to the delegate (the approver gets a copy), and the delegate may decide on the approver's behalf. In force either
/// for a period of days or while the approver is on approved leave. At most one per approver.
/// </summary>
public sealed class Delegation
{
    private Delegation()
    {
    }

    internal Delegation(string approverId, string delegateId, DateOnly? firstDay, DateOnly? lastDay, bool whileOnLeave, DateTimeOffset setAt)
    {
        ApproverId = approverId;
        Change(delegateId, firstDay, lastDay, whileOnLeave, setAt);
    }

    public string ApproverId { get; private set; } = "";

    public string DelegateId { get; private set; } = "";

    public Employee Delegate { get; private set; } = null!;

    /// <summary>The first day of the period; null when in force while the approver is on leave.</summary>
    public DateOnly? FirstDay { get; private set; }

    public DateOnly? LastDay { get; private set; }

    /// <summary>In force on the days the approver has approved leave, instead of a period.</summary>
    public bool WhileOnLeave { get; private set; }

    public DateTimeOffset SetAt { get; private set; }

    /// <summary>Whether the delegate stands in on <paramref name="day"/>; <paramref name="approverAway"/> says whether the approver has approved leave then.</summary>
    public bool IsInForceOn(DateOnly day, bool approverAway) =>
        WhileOnLeave ? approverAway : FirstDay <= day && day <= LastDay;

    internal void Change(string delegateId, DateOnly? firstDay, DateOnly? lastDay, bool whileOnLeave, DateTimeOffset setAt)
    {
        DelegateId = delegateId;
        FirstDay = firstDay;
        LastDay = lastDay;
        WhileOnLeave = whileOnLeave;
        SetAt = setAt;
    }
}
