using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.People;

/// <summary>Nobody in the directory has the address (told only to admins: to others an unknown address is refused like one they may not see).</summary>
public sealed class PersonNotFoundException(string email)
    : LeaveRuleException($"There is nobody with the address {PeopleCsv.Shortened(email)} in the directory.");
