namespace LeaveBlazor.Core.Leave;

/// <summary>A leave rule said no. The message is written for the person who asked.</summary>
public class LeaveRuleException(string message) : Exception(message);

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

/// <summary>The input broke one or more rules; each field's messages are listed under its name.</summary>
public sealed class LeaveValidationException(IReadOnlyDictionary<string, string[]> errors)
    : LeaveRuleException(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>
/// The request changed between reading and saving but is still pending (a reminder was recorded meanwhile): the change
/// is tried again on the fresh state (<see cref="LeaveTransitions.RetriedAsync"/>), and only reaches the person if that keeps happening.
/// </summary>
public sealed class LeaveChangedMeanwhileException(LeaveRequest now)
    : LeaveConflictException($"{now.Reference} changed while you were deciding (it is still waiting for a decision): try again.", now.Status, null, null);
