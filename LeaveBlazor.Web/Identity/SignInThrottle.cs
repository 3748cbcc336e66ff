using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Identity;

/// <summary>One sign-in attempt as the throttle counts it: the client's address and the account's normalised name.</summary>
public readonly record struct SignInAttempt(string Address, string Account);

/// <summary>
/// Holds back password guessing by client address and by account, counting only failures, so that people who type
/// their password right are never slowed. Each address and each account has a token bucket of failures that refills
/// over a minute (<see cref="SignInThrottleOptions"/>); an attempt is refused while either bucket is empty. Attempts
/// of one address, and of one account, are checked one at a time, so a burst of parallel guesses cannot all pass the
/// check before the first failure is counted.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    // Enough for an office behind one address signing in at nine; beyond it the address is told to retry shortly.
    private const int WaitingPerAddress = 100;
    private const int WaitingPerAccount = 10;
    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(1);

    private readonly PartitionedRateLimiter<SignInAttempt> _failuresByAddress;
    private readonly PartitionedRateLimiter<SignInAttempt> _failuresByAccount;
    private readonly PartitionedRateLimiter<SignInAttempt> _turnsByAddress;
    private readonly PartitionedRateLimiter<SignInAttempt> _turnsByAccount;
    private readonly PartitionedRateLimiter<SignInAttempt> _turns;
    private readonly TimeSpan _addressRefill;
    private readonly TimeSpan _accountRefill;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        var settings = options.Value;
        _addressRefill = TimeSpan.FromMinutes(1) / settings.FailuresPerMinutePerAddress;
        _accountRefill = TimeSpan.FromMinutes(1) / settings.FailuresPerMinutePerAccount;
        _failuresByAddress = PartitionedRateLimiter.Create<SignInAttempt, string>(attempt =>
            RateLimitPartition.GetTokenBucketLimiter(attempt.Address, _ => Failures(settings.FailuresPerMinutePerAddress, _addressRefill)));
        _failuresByAccount = PartitionedRateLimiter.Create<SignInAttempt, string>(attempt =>
            RateLimitPartition.GetTokenBucketLimiter(attempt.Account, _ => Failures(settings.FailuresPerMinutePerAccount, _accountRefill)));
        _turnsByAddress = PartitionedRateLimiter.Create<SignInAttempt, string>(attempt =>
            RateLimitPartition.GetConcurrencyLimiter(attempt.Address, _ => OneAtATime(WaitingPerAddress)));
        _turnsByAccount = PartitionedRateLimiter.Create<SignInAttempt, string>(attempt =>
            RateLimitPartition.GetConcurrencyLimiter(attempt.Account, _ => OneAtATime(WaitingPerAccount)));

        // Always the address first, then the account: every attempt takes the two in the same order, so none waits in a circle.
        _turns = PartitionedRateLimiter.CreateChained(_turnsByAddress, _turnsByAccount);
    }

    /// <summary>
    /// Waits for the attempt's turn. The turn says how long to wait instead when the address or the account has no
    /// failures left (or too many attempts are already waiting); otherwise hold it while the password is checked.
    /// </summary>
    public async Task<SignInTurn> TakeTurnAsync(SignInAttempt attempt, CancellationToken cancellationToken)
    {
        var turn = await _turns.AcquireAsync(attempt, 1, cancellationToken);
        if (!turn.IsAcquired)
        {
            turn.Dispose();
            return new SignInTurn(null, BusyRetry);
        }

        // A bucket refills by fractions of a failure, so "any left" means a whole one; one more comes within a refill period.
        var wait = Max(NoneLeft(_failuresByAddress, attempt) ? _addressRefill : null, NoneLeft(_failuresByAccount, attempt) ? _accountRefill : null);
        if (wait is null)
        {
            return new SignInTurn(turn, null);
        }

        turn.Dispose();
        return new SignInTurn(null, wait);
    }

    /// <summary>Takes one failure from the address's and the account's buckets.</summary>
    public void CountFailure(SignInAttempt attempt)
    {
        _failuresByAddress.AttemptAcquire(attempt, 1).Dispose();
        _failuresByAccount.AttemptAcquire(attempt, 1).Dispose();
    }

    public void Dispose()
    {
        _turns.Dispose();
        _turnsByAccount.Dispose();
        _turnsByAddress.Dispose();
        _failuresByAccount.Dispose();
        _failuresByAddress.Dispose();
    }

    private static bool NoneLeft(PartitionedRateLimiter<SignInAttempt> failures, SignInAttempt attempt) =>
        failures.GetStatistics(attempt) is { CurrentAvailablePermits: < 1 };

    private static TimeSpan? Max(TimeSpan? one, TimeSpan? other) => one > other || other is null ? one : other;

    // A full bucket lets a burst of that many failures through; then one more every refill period (60/N seconds).
    private static TokenBucketRateLimiterOptions Failures(int perMinute, TimeSpan refill) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = refill,
        QueueLimit = 0,
    };

    private static ConcurrencyLimiterOptions OneAtATime(int waiting) => new()
    {
        PermitLimit = 1,
        QueueLimit = waiting,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };
}

/// <summary>The right to check one password now (dispose it afterwards), or how long to wait before trying again.</summary>
public sealed class SignInTurn(RateLimitLease? lease, TimeSpan? heldBackFor) : IDisposable
{
    public TimeSpan? HeldBackFor { get; } = heldBackFor;

    public void Dispose() => lease?.Dispose();
}
