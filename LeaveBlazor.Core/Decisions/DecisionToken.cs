using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Decisions;

public enum DecisionPurpose
{
    Approve,
    Reject,

    /// <summary>Confirms the requester's ask to cancel approved leave.</summary>
    ConfirmCancellation,

    /// <summary>Declines the requester's ask to cancel approved leave: it stands.</summary>
    DeclineCancellation,
}

/// <summary>
/// A one-time credential in an emailed link. Only the SHA-256 hash of the token is stored;
/// the token itself exists in the email and nowhere else.
/// </summary>
public sealed class DecisionToken
{
    private DecisionToken()
    {
    }

    private DecisionToken(Guid leaveRequestId, string approverId, string? onBehalfOfId, DecisionPurpose purpose, byte[] hash, DateTimeOffset issuedAt, DateTimeOffset expiresAt, long? outboxMessageId)
    {
        LeaveRequestId = leaveRequestId;
        ApproverId = approverId;
        OnBehalfOfId = onBehalfOfId;
        Purpose = purpose;
        Hash = hash;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
        OutboxMessageId = outboxMessageId;
    }

    public long Id { get; private set; }

    public Guid LeaveRequestId { get; private set; }

    public LeaveRequest Request { get; private set; } = null!;

    /// <summary>The approver the link was sent to; once the request is handed over to someone else, the link stops working.</summary>
    public string ApproverId { get; private set; } = "";

    /// <summary>When the link went to a delegate: the approver they stand in for (the request's approver when it was sent).</summary>
    public string? OnBehalfOfId { get; private set; }

    public DecisionPurpose Purpose { get; private set; }

    public byte[] Hash { get; private set; } = [];

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>The email that carried the link.</summary>
    public long? OutboxMessageId { get; private set; }

    /// <summary>
    /// Creates a token for the request's current approver (or their delegate, <paramref name="onBehalfOfId"/> naming the approver):
    /// a <see cref="SecretToken"/>, returned base64url-encoded for the link, stored only as a hash.
    /// </summary>
    public static (DecisionToken Token, string Plain) Issue(Guid leaveRequestId, string approverId, DecisionPurpose purpose, DateTimeOffset now, DateTimeOffset expiresAt, long? outboxMessageId,
        string? onBehalfOfId = null)
    {
        var (hash, plain) = SecretToken.New();
        return (new DecisionToken(leaveRequestId, approverId, onBehalfOfId, purpose, hash, now, expiresAt, outboxMessageId), plain);
    }

    /// <summary>The hash to look a link's token up by, or null when the text cannot be one of our tokens.</summary>
    public static byte[]? HashOf(string? plain) => SecretToken.HashOf(plain);

    public void MarkUsed(DateTimeOffset now) => UsedAt = now;
}
