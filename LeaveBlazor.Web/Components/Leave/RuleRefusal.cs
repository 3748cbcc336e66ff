using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Web.Components.Leave;

/// <summary>A Core rule's "no" as a page shows it: the message written for the person, and each field's messages for a form.</summary>
public sealed record RuleRefusal(LeaveRuleException Reason)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoFields = new Dictionary<string, string[]>();

    public string Message => Reason.Message;

    public IReadOnlyDictionary<string, string[]> Fields => Reason is LeaveValidationException invalid ? invalid.Errors : NoFields;

    /// <summary>Runs a Core operation; a rule that says no comes back as a refusal (null when it went through). The one place pages catch Core's errors.</summary>
    public static async Task<RuleRefusal?> TryAsync(Func<Task> operation)
    {
        try
        {
            await operation();
            return null;
        }
        catch (LeaveRuleException refused)
        {
            return new RuleRefusal(refused);
        }
    }
}
