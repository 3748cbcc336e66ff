namespace LeaveBlazor.Core.Notifications;

public enum EmailKind
{
    SubmissionReceipt,
    DecisionRequest,
    Reminder,
    Outcome,
    CancellationNotice,
    Escalation,

    /// <summary>To the requester: their request was handed over to another approver.</summary>
    HandOverNotice,

    /// <summary>To a person who asked (or whose admin asked) for a link to set a new password.</summary>
    PasswordReset,

    /// <summary>To the approver: leave whose policy needs no approval was recorded and approved; nothing to decide.</summary>
    ApprovedAtOnceNotice,

    /// <summary>To the approver: the requester asks to cancel approved leave; carries Confirm and Decline links.</summary>
    CancellationRequest,

    /// <summary>To the requester (and a copy to the approver): the ask to cancel approved leave was confirmed or declined.</summary>
    CancellationOutcome,

    /// <summary>To an approver who named a stand-in: a copy, without links, of an email that asked the stand-in in their place.</summary>
    StandInCopy,
}

public enum OutboxState
{
    Pending,
    Sent,
    Failed,

    /// <summary>Not sent because it no longer made sense (the request was decided before the email left).</summary>
    Skipped,
}

/// <summary>
/// An email waiting to be sent, written in the same transaction as the change that caused it.
/// Emails to the approver, and password reset emails, hold link placeholders; the dispatcher fills in fresh tokens
/// when it sends, so no copy of the database holds a working link.
/// </summary>
public sealed class OutboxMessage
{
    public const string ApproveLinkPlaceholder = "{{approve-link}}";
    public const string RejectLinkPlaceholder = "{{reject-link}}";
    public const string ResetLinkPlaceholder = "{{reset-link}}";

    /// <summary>Where an approver's email shows the requester's balance if approved, filled in as it is sent.</summary>
    public const string BalancePlaceholder = "{{balance-if-approved}}";

    /// <summary>Stands for who else in the requester's team is away then, worked out when the email is sent.</summary>
    public const string TeamAwayPlaceholder = "{{team-away}}";

    private OutboxMessage()
    {
    }

    public OutboxMessage(EmailKind kind, Guid? leaveRequestId, string toAddress, string toName, string subject, string htmlBody, string textBody, DateTimeOffset createdAt)
    {
        Key = Guid.CreateVersion7(createdAt);
        Kind = kind;
        LeaveRequestId = leaveRequestId;
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        HtmlBody = htmlBody;
        TextBody = textBody;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public long Id { get; private set; }

    /// <summary>Stable identity of this email; the Message-ID is built from it, so a rare re-send is recognisable.</summary>
    public Guid Key { get; private set; }

    public EmailKind Kind { get; private set; }

    public Guid? LeaveRequestId { get; private set; }

    public string ToAddress { get; private set; } = "";

    public string ToName { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>An iCalendar (RFC 5545) text sent along as an <c>.ics</c> attachment, e.g. approved leave for the requester's calendar.</summary>
    public string? CalendarAttachment { get; private set; }

    public OutboxState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>
    /// The lease of the dispatcher working on the row, renewed while it sends, so a second one (another instance)
    /// leaves it alone; once it lapses (the dispatcher died) anyone may send the row.
    /// </summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>
    /// The dispatcher (an <see cref="OutboxDispatcherProcess"/>) holding the claim, so a pass that claims many rows at
    /// once knows which it got, and a start can give back the claims of a dispatcher that is gone.
    /// </summary>
    public Guid? ClaimedBy { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public bool CarriesDecisionLinks => Kind is EmailKind.DecisionRequest or EmailKind.Reminder or EmailKind.CancellationRequest;

    /// <summary>
    /// The attachment's file name, such as <c>leave-LR-2026-00042.ics</c>: every leave email's subject begins with its
    /// request's reference in brackets. Only letters, digits and dashes of it are used.
    /// </summary>
    public string CalendarFileName =>
        Subject.StartsWith('[') && Subject.IndexOf(']', StringComparison.Ordinal) is > 1 and var end
            && Subject[1..end].Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray() is { Length: > 0 } reference
            ? $"leave-{new string(reference)}.ics"
            : "leave.ics";

    public void AttachCalendar(string iCalendar) => CalendarAttachment = iCalendar;

    public string MessageId(string domain) => $"outbox-{Key:N}@{domain}";

    public void MarkSent(DateTimeOffset now)
    {
        State = OutboxState.Sent;
        SentAt = now;
        Attempts++;
        LastError = null;
        ReleaseClaim();
    }

    public void MarkSkipped(string why, DateTimeOffset now)
    {
        State = OutboxState.Skipped;
        SentAt = now;
        LastError = why;
        ReleaseClaim();
    }

    /// <summary>A failure that may pass (server down, 4xx): try again later, waiting longer each time, up to a limit.</summary>
    public void RetryLater(string error, DateTimeOffset now, int maxAttempts)
    {
        Attempts++;
        LastError = error;
        ReleaseClaim();
        if (Attempts >= maxAttempts)
        {
            State = OutboxState.Failed;
            return;
        }

        var wait = TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Attempts - 1)));
        NextAttemptAt = now + wait;
    }

    /// <summary>A failure that will not pass by waiting (5xx, invalid address): stop and show it to an admin.</summary>
    public void MarkFailed(string error)
    {
        Attempts++;
        State = OutboxState.Failed;
        LastError = error;
        ReleaseClaim();
    }

    /// <summary>An admin asks to try a failed email again.</summary>
    public void Retry(DateTimeOffset now)
    {
        if (State != OutboxState.Failed)
        {
            throw new InvalidOperationException($"Only failed emails can be retried; this one is {State}.");
        }

        State = OutboxState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    private void ReleaseClaim()
    {
        ClaimedUntil = null;
        ClaimedBy = null;
    }
}
