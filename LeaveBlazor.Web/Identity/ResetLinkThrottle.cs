using System.Threading.RateLimiting;

namespace LeaveBlazor.Web.Identity;

/// <summary>
/// At most a few reset emails to one address in a while, however often anyone asks, so the forgotten-password form
/// cannot be used to flood someone's mailbox. Counted per normalised address, known or not.
/// </summary>
public sealed class ResetLinkThrottle : IDisposable
{
    public const int Burst = 3;
    public static readonly TimeSpan Refill = TimeSpan.FromMinutes(20);

    private readonly PartitionedRateLimiter<string> _emailsByAddress = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = Refill,
            QueueLimit = 0,
        }));

    /// <summary>True when one more email may go to the address now (and counts it).</summary>
    public bool TryTake(string normalizedAddress)
    {
        using var lease = _emailsByAddress.AttemptAcquire(normalizedAddress);
        return lease.IsAcquired;
    }

    public void Dispose() => _emailsByAddress.Dispose();
}
