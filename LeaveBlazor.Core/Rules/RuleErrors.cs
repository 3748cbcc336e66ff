namespace LeaveBlazor.Core.Rules;

/// <summary>A rule said no. The message is written for the person who asked.</summary>
public class LeaveRuleException(string message) : Exception(message);

/// <summary>The input broke one or more rules; each field's messages are listed under its name.</summary>
public sealed class LeaveValidationException(IReadOnlyDictionary<string, string[]> errors)
    : LeaveRuleException(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
