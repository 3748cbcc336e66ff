using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using static LeaveBlazor.Core.Notifications.EmailLayout;

namespace LeaveBlazor.Core.Notifications;

/// <summary>The emails of cancelling approved leave: the ask to the approver (with links), the answer to the requester.</summary>
public sealed partial class LeaveEmails
{
    /// <summary>To the approver: Confirm and Decline links, filled in at send time like a decision request's.</summary>
    private OutboxMessage CancellationRequest(LeaveRequest request, Employee to, string? standInNote)
    {
        var heading = $"{request.Requester.DisplayName} asks to cancel approved leave";
        var consequence = Joined(standInNote, request.WhatConfirmingCancellationDoes(clock.Today))!;
        var rows = Summary(request).Append(("Why cancel", request.CancellationReason ?? "—")).ToList();
        var buttons = "<p style=\"margin:0 0 16px\">"
            + Button(OutboxMessage.ApproveLinkPlaceholder, "Confirm cancellation", "#2e7d32")
            + Button(OutboxMessage.RejectLinkPlaceholder, "Decline", "#c62828") + "</p>";
        var note = "Each button opens a page where you confirm; nothing changes until you do. The links work once.";
        var inbox = _links.Link("inbox");
        return Message(EmailKind.CancellationRequest, request, to,
            $"[{request.Reference}] {request.Requester.DisplayName} asks to cancel approved leave: {request.Dates}",
            Html(heading, Paragraph(consequence) + Details(rows) + buttons + Paragraph(note) + $"<p style=\"margin:0\">Or answer in your {Link(inbox, "inbox")}.</p>", Footer(request)),
            $"{heading}\n\n{consequence}\n\n{TextDetails(rows)}\n\nConfirm cancellation: {OutboxMessage.ApproveLinkPlaceholder}\n"
                + $"Decline: {OutboxMessage.RejectLinkPlaceholder}\n\n{note}\nOr answer in your inbox: {inbox}\n");
    }

    private OutboxMessage CancellationConfirmed(LeaveRequest request, LeaveHistoryEntry entry) =>
        ToRequester(EmailKind.CancellationOutcome, request, $"[{request.Reference}] {entry.ActorName} confirmed the cancellation of your leave",
            request.Status == LeaveStatus.Cancelled ? $"Your leave {request.Dates} is cancelled" : $"Your leave now ends on {request.LastDay:d MMM yyyy}",
            $"{entry.ActorName} confirmed it on {clock.Describe(entry.At)}; the days are back in your balance.{Said(entry)}");

    private OutboxMessage CancellationConfirmedCopy(LeaveRequest request, LeaveHistoryEntry entry) =>
        ToApprover(EmailKind.CancellationOutcome, request, $"[{request.Reference}] Copy: you confirmed the cancellation of {request.Requester.DisplayName}'s leave",
            $"You confirmed the cancellation of {request.Requester.DisplayName}'s leave",
            $"{request.Requester.DisplayName} has been told, and the days are back in their balance. Confirmed on {clock.Describe(entry.At)}.");

    private OutboxMessage CancellationDeclined(LeaveRequest request, LeaveHistoryEntry entry) =>
        ToRequester(EmailKind.CancellationOutcome, request, $"[{request.Reference}] {entry.ActorName} declined to cancel your leave",
            $"Your leave {request.Dates} stands as approved",
            $"{entry.ActorName} declined your ask to cancel it on {clock.Describe(entry.At)}.{Said(entry)}");

    private static string Said(LeaveHistoryEntry entry) => entry.Comment is null ? "" : $" They wrote: \"{entry.Comment}\"";
}
