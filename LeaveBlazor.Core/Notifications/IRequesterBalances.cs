using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Core.Notifications;

/// <summary>
/// The requester's balance as approving would leave it, written into an approver's email as it leaves (so it is
/// today's figure, even in a reminder days later): the outbox holds <see cref="OutboxMessage.BalancePlaceholder"/> in its place.
/// </summary>
public interface IRequesterBalances
{
    /// <summary>For each pending request, a line such as "Annual 2026: 18.5 days left · this request uses 5 days · 13.5 days after".</summary>
    Task<IReadOnlyDictionary<Guid, string>> DescribeIfApprovedAsync(IReadOnlyCollection<LeaveRequest> pending, CancellationToken cancellationToken);
}
