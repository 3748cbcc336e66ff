namespace LeaveBlazor.Core.Leave;

/// <summary>A leave rule said no. The message is written for the person who asked.</summary>
public class LeaveRuleException(string message) : Exception(message);

/// <summary>The request was already decided or cancelled by someone else; the message says by whom and when.</summary>
public sealed class LeaveConflictException(string message) : LeaveRuleException(message);

/// <summary>No such request, or one the caller may not see (the two are not told apart).</summary>
public sealed class LeaveRequestNotFoundException(string reference)
    : LeaveRuleException($"There is no leave request {reference} that you can see.");

/// <summary>The input broke one or more rules; each field's messages are listed under its name.</summary>
public sealed class LeaveValidationException(IReadOnlyDictionary<string, string[]> errors)
    : LeaveRuleException(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
