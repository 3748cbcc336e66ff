namespace LeaveBlazor.Core.Leave;

public enum LeaveEventKind
{
    Submitted,
    Approved,
    Rejected,
    Cancelled,
    Reminded,
    Escalated,

    /// <summary>An admin moved the request to another approver (the previous one was deactivated).</summary>
    HandedOver,

    /// <summary>The requester asked to cancel approved leave (or the part still ahead); the approver confirms or declines.</summary>
    CancellationAsked,

    /// <summary>The approver confirmed: the leave (or the part still ahead) is cancelled and its days go back.</summary>
    CancellationConfirmed,

    /// <summary>The approver declined: the leave stands as approved.</summary>
    CancellationDeclined,
}

/// <summary>How a person acted: in the web app, through an emailed link, or through the API.</summary>
public enum LeaveChannel
{
    Web,
    EmailLink,
    Api,

    /// <summary>The app itself, e.g. a reminder sent by the scheduled job.</summary>
    Automatic,
}

/// <summary>One line of a request's timeline: who did what, when, and how.</summary>
public sealed class LeaveHistoryEntry
{
    private LeaveHistoryEntry()
    {
    }

    internal LeaveHistoryEntry(Guid leaveRequestId, LeaveEventKind kind, Actor actor, LeaveChannel channel, DateTimeOffset at, string? comment)
    {
        LeaveRequestId = leaveRequestId;
        Kind = kind;
        ActorId = actor.EmployeeId;
        ActorName = actor.DisplayName;
        OnBehalfOfId = actor.OnBehalfOfId;
        Channel = channel;
        At = at;
        Comment = comment;
    }

    public long Id { get; private set; }

    public Guid LeaveRequestId { get; private set; }

    public LeaveEventKind Kind { get; private set; }

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    /// <summary>The approver a delegate acted for; null when the actor acted as themself.</summary>
    public string? OnBehalfOfId { get; private set; }

    public LeaveChannel Channel { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Comment { get; private set; }
}
