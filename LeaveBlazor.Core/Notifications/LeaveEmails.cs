using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.Extensions.Options;
using static LeaveBlazor.Core.Notifications.EmailLayout;

namespace LeaveBlazor.Core.Notifications;

/// <summary>Writes the emails each step of a request causes. Every subject carries the request's reference.</summary>
public sealed partial class LeaveEmails(IOptions<AppLinkOptions> options, LeaveClock clock)
{
    private readonly AppLinkOptions _links = options.Value;

    /// <summary>
    /// The emails caused by one history entry of the request. An email that asks an approver to act goes to their
    /// stand-in while one is in force (<paramref name="standIns"/>), and the approver gets a copy.
    /// </summary>
    public IEnumerable<OutboxMessage> For(LeaveRequest request, LeaveHistoryEntry entry, StandIns standIns) => entry.Kind switch
    {
        // Leave approved as it was recorded (its policy needs no approval) asks nobody: its Approved entry tells both.
        LeaveEventKind.Submitted when request.Status != LeaveStatus.Pending => [],
        LeaveEventKind.Submitted => [Receipt(request), .. Asking(request, request.Approver, standIns, (to, note) => DecisionRequest(request, EmailKind.DecisionRequest, to, note))],
        LeaveEventKind.Approved when entry.Channel == LeaveChannel.Automatic => [WithCalendar(request, RecordedNotice(request)), ApproverInformed(request)],
        LeaveEventKind.Approved => [WithCalendar(request, Outcome(request))],
        LeaveEventKind.Rejected => [Outcome(request)],
        LeaveEventKind.Cancelled => [CancellationNotice(request)],
        LeaveEventKind.HandedOver =>
        [
            .. Asking(request, request.Approver, standIns, (to, note) => DecisionRequest(request, EmailKind.DecisionRequest, to, Joined(HandOverLine(entry), note), handedOver: true)),
            HandOverNotice(request, entry),
        ],
        LeaveEventKind.CancellationAsked => Asking(request, request.Approver, standIns, (to, note) => CancellationRequest(request, to, note)),
        LeaveEventKind.CancellationConfirmed => [WithCalendar(request, CancellationConfirmed(request, entry)), CancellationConfirmedCopy(request, entry)],
        LeaveEventKind.CancellationDeclined => [CancellationDeclined(request, entry)],
        _ => [],
    };

    /// <summary>Whether an entry of this kind emails the approver to act, so the stand-ins in force are worth reading first.</summary>
    public static bool AsksApprover(LeaveEventKind kind) => kind is LeaveEventKind.Submitted or LeaveEventKind.HandedOver or LeaveEventKind.CancellationAsked;

    public IEnumerable<OutboxMessage> Reminder(LeaveRequest request, StandIns standIns) =>
        Asking(request, request.Approver, standIns, (to, note) => DecisionRequest(request, EmailKind.Reminder, to, note));

    /// <summary>To the approver's manager (or an admin; their stand-in while they are away): the approver has not answered any reminder.</summary>
    public IEnumerable<OutboxMessage> Escalation(LeaveRequest request, Employee told, StandIns standIns) =>
        Asking(request, told, standIns, (to, note) => Escalation(request, to, note));

    private OutboxMessage Escalation(LeaveRequest request, Employee to, string? standInNote)
    {
        var waited = (clock.UtcNow - request.SubmittedAt).Days;
        var heading = $"{request.Approver.DisplayName} has not decided {request.Requester.DisplayName}'s leave request";
        var intro = request.Approver.IsActive
            ? $"It has waited {(waited == 1 ? "1 day" : $"{waited} days")} and {request.RemindersSent} reminders went unanswered, so reminders have stopped. "
                + $"Please ask {request.Approver.DisplayName} to decide, or help {request.Requester.DisplayName} find another approver."
            : $"{request.Approver.DisplayName}'s account is deactivated, so they cannot decide it and are not reminded. "
                + $"An admin can hand it over on the Users page (reactivate {request.Approver.DisplayName}, then deactivate them naming who takes over), "
                + $"or {request.Requester.DisplayName} can cancel it and ask someone else.";
        intro = Joined(standInNote, intro)!;
        var rows = Summary(request).Append(("Approver", request.Approver.DisplayName)).ToList();
        return Message(EmailKind.Escalation, request, to,
            $"[{request.Reference}] Overdue: {request.Approver.DisplayName} has not decided a leave request",
            Html(heading, Paragraph(intro) + Details(rows), Footer(request)),
            $"{heading}\n\n{intro}\n\n{TextDetails(rows)}\n");
    }

    private OutboxMessage Receipt(LeaveRequest request) =>
        ToRequester(EmailKind.SubmissionReceipt, request, $"[{request.Reference}] Your leave request was sent to {request.Approver.DisplayName}",
            $"We have your request {request.Reference}", $"{request.Approver.DisplayName} has been asked to decide. You will get an email as soon as they do.");

    /// <param name="why">Why this person is asked: the request was handed over to the approver, or they stand in for the approver.</param>
    private OutboxMessage DecisionRequest(LeaveRequest request, EmailKind kind, Employee to, string? why, bool handedOver = false)
    {
        var waited = (clock.UtcNow - request.SubmittedAt).Days;
        var heading = kind == EmailKind.Reminder
            ? $"Reminder: {request.Requester.DisplayName} is waiting for your decision ({(waited == 1 ? "1 day" : $"{waited} days")})"
            : $"{request.Requester.DisplayName} asks for leave";
        var subject = kind == EmailKind.Reminder
            ? $"[{request.Reference}] Reminder: leave request from {request.Requester.DisplayName} is waiting for you"
            : $"[{request.Reference}] {(handedOver ? "Handed over to you: " : "")}Leave request from {request.Requester.DisplayName}: {request.Dates}";
        var intro = why is null ? "" : Paragraph(why);
        var textIntro = why is null ? "" : $"{why}\n\n";
        var inbox = _links.Link("inbox");
        var buttons = "<p style=\"margin:0 0 16px\">"
            + Button(OutboxMessage.ApproveLinkPlaceholder, "Approve", "#2e7d32")
            + Button(OutboxMessage.RejectLinkPlaceholder, "Reject", "#c62828") + "</p>";
        var note = "Each button opens a page where you confirm; nothing is decided until you do. The links work once.";
        var rows = Summary(request).Append(("Balance if approved", OutboxMessage.BalancePlaceholder)).Append(("Also away", OutboxMessage.TeamAwayPlaceholder)).ToList();
        return Message(kind, request, to, subject,
            Html(heading, intro + Details(rows) + buttons + Paragraph(note) + $"<p style=\"margin:0\">Or decide in your {Link(inbox, "inbox")}.</p>", Footer(request)),
            $"{heading}\n\n{textIntro}{TextDetails(rows)}\n\nApprove: {OutboxMessage.ApproveLinkPlaceholder}\nReject: {OutboxMessage.RejectLinkPlaceholder}\n\n{note}\nOr decide in your inbox: {inbox}\n");
    }

    private OutboxMessage Outcome(LeaveRequest request)
    {
        var approved = request.Status == LeaveStatus.Approved;
        var verdict = approved ? "approved" : "rejected";
        var heading = $"Your leave {request.Dates} was {verdict}";
        var byLine = $"{request.DecidedByName} {verdict} it on {clock.Describe(request.DecidedAt!.Value)}.";
        var rows = Summary(request).Append((approved ? "Comment" : "Why rejected", request.DecisionComment ?? "—")).ToList();
        var page = _links.Link($"requests/{request.Reference}");
        return Message(EmailKind.Outcome, request, request.Requester,
            $"[{request.Reference}] Your leave request was {verdict} by {request.DecidedByName}",
            Html(heading, Paragraph(byLine) + Details(rows) + Button(page, "View your request", "#2e5e8c"), Footer(request)),
            $"{heading}\n\n{byLine}\n\n{TextDetails(rows)}\n\nView your request: {page}\n");
    }

    /// <summary>To the requester: leave whose policy needs no approval is recorded and approved.</summary>
    private OutboxMessage RecordedNotice(LeaveRequest request) =>
        ToRequester(EmailKind.Outcome, request, $"[{request.Reference}] Your {request.LeaveType} leave is recorded and approved",
            $"Your leave {request.Dates} is recorded",
            $"{request.LeaveType} leave needs no approval, so it was approved at once. {request.Approver.DisplayName} has been told.");

    /// <summary>To the approver: leave that needs no approval was recorded; there is nothing to decide, so the email carries no links.</summary>
    private OutboxMessage ApproverInformed(LeaveRequest request) =>
        ToApprover(EmailKind.ApprovedAtOnceNotice, request,
            $"[{request.Reference}] For your information: {request.Requester.DisplayName} recorded {request.LeaveType} leave, {request.Dates}",
            $"{request.Requester.DisplayName} recorded {request.LeaveType} leave",
            $"{request.LeaveType} leave needs no approval, so it was approved at once. There is nothing for you to decide; this is for your information.");

    private OutboxMessage CancellationNotice(LeaveRequest request) =>
        ToApprover(EmailKind.CancellationNotice, request, $"[{request.Reference}] Cancelled: leave request from {request.Requester.DisplayName}",
            $"{request.Requester.DisplayName} cancelled their leave request",
            $"There is nothing left for you to decide on {request.Reference}; its links no longer work.");

    /// <summary>To the requester: someone else decides their request now, because its approver was deactivated.</summary>
    private OutboxMessage HandOverNotice(LeaveRequest request, LeaveHistoryEntry entry) =>
        ToRequester(EmailKind.HandOverNotice, request, $"[{request.Reference}] Your leave request was handed over to {request.Approver.DisplayName}",
            $"{request.Approver.DisplayName} decides your request {request.Reference} now",
            $"{HandOverLine(entry)} You will get an email as soon as {request.Approver.DisplayName} decides.");

    /// <summary>
    /// The email asking <paramref name="asked"/> to act, written by <paramref name="write"/> for whoever acts: while a stand-in is
    /// in force for them, it goes to the stand-in with a note why, and <paramref name="asked"/> gets a copy without links.
    /// </summary>
    private IEnumerable<OutboxMessage> Asking(LeaveRequest request, Employee asked, StandIns standIns, Func<Employee, string?, OutboxMessage> write)
    {
        if (standIns.For(asked.Id) is not { } standIn)
        {
            return [write(asked, null)];
        }

        var asking = write(standIn, $"{asked.DisplayName} is away, so you act on their behalf; they get a copy of this email.");
        var copy = Message(EmailKind.StandInCopy, request, asked, $"[{request.Reference}] Copy: sent to {standIn.DisplayName}, who stands in for you",
            Html($"Sent to {standIn.DisplayName}, who stands in for you", Paragraph(StandInCopyLine(standIn)) + Details(Summary(request)), Footer(request)),
            $"Sent to {standIn.DisplayName}, who stands in for you\n\n{StandInCopyLine(standIn)}\n\n{TextDetails(Summary(request))}\n");
        return [asking, copy];
    }

    private static string StandInCopyLine(Employee standIn) =>
        $"You named {standIn.DisplayName} to act on your behalf while you are away, so this email went to them, with its links. You can still act in the app yourself; this copy carries no links.";

    private static string? Joined(string? first, string? second) => first is null ? second : second is null ? first : $"{first} {second}";

    /// <summary>
    /// Sends the leave along as an iCalendar attachment for the requester's own calendar: approved leave as confirmed,
    /// leave cut short with its new end, cancelled leave as cancelled; the same UID and a higher SEQUENCE each time,
    /// so a calendar that took the first one updates it.
    /// </summary>
    private static OutboxMessage WithCalendar(LeaveRequest request, OutboxMessage message)
    {
        message.AttachCalendar(LeaveCalendarText.Write(new LeaveCalendar($"Leave {request.Reference}", ShowsAsBusy: true, [LeaveOnCalendar.Own(request)])));
        return message;
    }

    /// <summary>A notice to the requester: the request's details and a button to its page.</summary>
    private OutboxMessage ToRequester(EmailKind kind, LeaveRequest request, string subject, string heading, string intro)
    {
        var page = _links.Link($"requests/{request.Reference}");
        return Message(kind, request, request.Requester, subject,
            Html(heading, Paragraph(intro) + Details(Summary(request)) + Button(page, "View your request", "#2e5e8c"), Footer(request)),
            $"{heading}\n\n{intro}\n\n{TextDetails(Summary(request))}\n\nView your request: {page}\n");
    }

    /// <summary>A notice to the approver that asks nothing of them: the request's details, no links.</summary>
    private OutboxMessage ToApprover(EmailKind kind, LeaveRequest request, string subject, string heading, string intro) =>
        Message(kind, request, request.Approver, subject,
            Html(heading, Paragraph(intro) + Details(Summary(request)), Footer(request)),
            $"{heading}\n\n{intro}\n\n{TextDetails(Summary(request))}\n");

    /// <summary>"Handed over from Dana Manager (deactivated) to Ada Admin by Sam Admin on 2 Dec 2026 at 10:00."</summary>
    private string HandOverLine(LeaveHistoryEntry entry) => $"{entry.Comment} by {entry.ActorName} on {clock.Describe(entry.At)}.";

    private IEnumerable<(string, string)> Summary(LeaveRequest request) =>
    [
        ("Reference", request.Reference),
        ("Requester", request.Requester.DisplayName),
        ("Type", request.LeaveType),
        ("Dates", request.Dates.Describe()),
        ("Working days", LeaveFormat.WorkingDays(request.WorkingDays)),
        ("Reason", request.Reason ?? "—"),
    ];

    private static string Footer(LeaveRequest request) =>
        $"Reference {Encode(request.Reference)} · sent by LeaveBlazor. Please do not reply to this email.";

    private OutboxMessage Message(EmailKind kind, LeaveRequest request, Employee to, string subject, string html, string text) =>
        new(kind, request.Id, to.Email, to.DisplayName, Subject(subject), html, text, clock.UtcNow);
}
