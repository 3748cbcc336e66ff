namespace LeaveBlazor.Core.Notifications;

/// <summary>
/// Links to set a new password, made as the email leaves (accounts and their tokens live outside Core): the outbox
/// holds <see cref="OutboxMessage.ResetLinkPlaceholder"/> in their place.
/// </summary>
public interface IAccountLinks
{
    /// <summary>The bodies with a fresh link filled in; null when the account is gone or deactivated, so there is nothing to send.</summary>
    Task<EmailBodies?> FillAsync(OutboxMessage message, EmailBodies bodies, CancellationToken cancellationToken);
}
