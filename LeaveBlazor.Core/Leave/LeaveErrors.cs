using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Leave;

/// <summary>The request was already decided or cancelled by someone else; the message says by whom and when.</summary>
public class LeaveConflictException(string message, LeaveStatus state, string? decidedBy, DateTimeOffset? decidedAt)
    : LeaveRuleException(message)
{
    public LeaveStatus State { get; } = state;

    public string? DecidedBy { get; } = decidedBy;

    public DateTimeOffset? DecidedAt { get; } = decidedAt;

    /// <summary>The conflict over <paramref name="decided"/>, as it stands after the other person's change.</summary>
    public static LeaveConflictException Over(LeaveRequest decided, string message) =>
        new(message, decided.Status, decided.DecidedByName, decided.DecidedAt);
}

/// <summary>No such request, or one the caller may not see (the two are not told apart).</summary>
public sealed class LeaveRequestNotFoundException(string reference)
    : LeaveRuleException($"There is no leave request {reference} that you can see.");

/// <summary>
/// The request changed between reading and saving but is still pending (a reminder was recorded meanwhile): the change
/// is tried again on the fresh state (by the workflow's operations), and only reaches the person if that keeps happening.
/// </summary>
public sealed class LeaveChangedMeanwhileException(LeaveRequest now)
    : LeaveConflictException($"{now.Reference} changed while you were deciding (it is still waiting for a decision): try again.", now.Status, null, null);

/// <summary>The change does not fit where the request stands now (asked twice, nothing ahead to cancel): a conflict, not a lack of rights.</summary>
public sealed class LeaveStateConflictException(string message) : LeaveRuleException(message);
