using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Workflow;

namespace LeaveBlazor.Web.Decisions;

/// <summary>
/// What a decision link offers: approve or reject a request, or, for an ask to cancel approved leave, confirm or
/// decline it; with the words each choice is shown and reported in.
/// </summary>
public static class DecisionChoices
{
    public static IReadOnlyList<DecisionPurpose> Offered(DecisionPurpose linkPurpose) => DecideByLink.IsAboutCancelling(linkPurpose)
        ? [DecisionPurpose.ConfirmCancellation, DecisionPurpose.DeclineCancellation]
        : [DecisionPurpose.Approve, DecisionPurpose.Reject];

    public static string Label(DecisionPurpose choice) => choice switch
    {
        DecisionPurpose.Approve => "Approve",
        DecisionPurpose.Reject => "Reject",
        DecisionPurpose.ConfirmCancellation => "Confirm cancellation",
        _ => "Decline",
    };

    /// <summary>"approved", "cancellation confirmed": how the page reports what was done.</summary>
    public static string Done(DecisionPurpose choice) => choice switch
    {
        DecisionPurpose.Approve => "approved",
        DecisionPurpose.Reject => "rejected",
        DecisionPurpose.ConfirmCancellation => "cancellation confirmed",
        _ => "cancellation declined",
    };

    /// <summary>True for the choices that need a reason: rejecting, and declining to cancel.</summary>
    public static bool NeedsReason(DecisionPurpose choice) => choice is DecisionPurpose.Reject or DecisionPurpose.DeclineCancellation;

    /// <summary>The question the page asks, such as "Approve LR-2026-00042?" or "Cancel LR-2026-00042?".</summary>
    public static string Question(DecisionPurpose linkPurpose, string reference) => DecideByLink.IsAboutCancelling(linkPurpose)
        ? $"Cancel {reference}?"
        : $"{Label(linkPurpose)} {reference}?";

    /// <summary>The choice a posted form names, by its exact name only (no numbers, no other case).</summary>
    public static DecisionPurpose? Parse(string? value) =>
        Enum.GetNames<DecisionPurpose>().Contains(value, StringComparer.Ordinal) ? Enum.Parse<DecisionPurpose>(value!) : null;
}
