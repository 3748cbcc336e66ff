using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Decisions;

/// <summary>Why a decision link cannot be used, if it cannot.</summary>
public enum LinkProblem
{
    None,
    Malformed,
    Unknown,
    Used,
    Closed,
    Expired,

    /// <summary>The approver the link was sent to has been deactivated since.</summary>
    ApproverInactive,

    /// <summary>The request was handed over to another approver since the link was sent.</summary>
    HandedOver,
}

/// <summary>What a decision link leads to: the request it decides, or a message saying why it no longer does.</summary>
public sealed record DecisionLinkCheck(LinkProblem Problem, string Message, LeaveRequest? Request, DecisionPurpose? Purpose)
{
    public bool Usable => Problem == LinkProblem.None;
}

/// <summary>A decision link was refused; <see cref="Check"/> says why, in words for the person who clicked it.</summary>
public sealed class DecisionLinkRefusedException(DecisionLinkCheck check) : LeaveRuleException(check.Message)
{
    public DecisionLinkCheck Check { get; } = check;
}
