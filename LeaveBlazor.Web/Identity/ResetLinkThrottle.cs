using System.Threading.RateLimiting;

namespace LeaveBlazor.Web.Identity;

/// <summary>
/// At most a few reset emails to one address in a while, however often anyone asks, so the forgotten-password form
/// cannot be used to flood someone's mailbox (counted per normalised address, known or not); and at most a few
/// requests from one client in a while, so it cannot be used to mail a whole list of addresses either.
/// </summary>
public sealed class ResetLinkThrottle : IDisposable
{
    public const int Burst = 3;
    public static readonly TimeSpan Refill = TimeSpan.FromMinutes(20);

    /// <summary>Enough for an office behind one address where several people forget on the same morning.</summary>
    public const int ClientBurst = 10;
    public static readonly TimeSpan ClientRefill = TimeSpan.FromMinutes(2);

    private readonly PartitionedRateLimiter<string> _emailsByAddress = Buckets(Burst, Refill);
    private readonly PartitionedRateLimiter<string> _requestsByClient = Buckets(ClientBurst, ClientRefill);

    /// <summary>True when one more email may go to the address now (and counts it).</summary>
    public bool TryTake(string normalizedAddress)
    {
        using var lease = _emailsByAddress.AttemptAcquire(normalizedAddress);
        return lease.IsAcquired;
    }

    /// <summary>Null when the client (<see cref="Hosting.ClientAddress"/>) may ask once more now (and counts it), else how long to wait.</summary>
    public TimeSpan? ClientHeldBackFor(string clientAddress)
    {
        using var lease = _requestsByClient.AttemptAcquire(clientAddress);
        return lease.IsAcquired ? null : ClientRefill;
    }

    public void Dispose()
    {
        _emailsByAddress.Dispose();
        _requestsByClient.Dispose();
    }

    private static PartitionedRateLimiter<string> Buckets(int burst, TimeSpan refill) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = refill,
            QueueLimit = 0,
        }));
}
