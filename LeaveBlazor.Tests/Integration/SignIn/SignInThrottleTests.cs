using LeaveBlazor.Web.Identity;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Integration.SignIn;

/// <summary>
/// The throttle's buckets by themselves (3 failures a minute per address, 5 per account): which attempts share an
/// allowance. Nothing here waits for a bucket to refill.
/// </summary>
public sealed class SignInThrottleTests : IDisposable
{
    private readonly SignInThrottle _throttle = new(Options.Create(new SignInThrottleOptions
    {
        FailuresPerMinutePerAddress = 3,
        FailuresPerMinutePerAccount = 5,
    }));

    [Fact]
    public async Task Address_without_failures_left_is_held_back_on_any_account()
    {
        await FailAsync(3, i => new SignInAttempt("198.51.100.1", $"ACCOUNT-{i}"));

        Assert.NotNull(await HeldBackForAsync(new SignInAttempt("198.51.100.1", "ANOTHER")));
    }

    [Fact]
    public async Task Another_address_keeps_its_own_failures()
    {
        await FailAsync(3, i => new SignInAttempt("198.51.100.1", $"ACCOUNT-{i}"));

        Assert.Null(await HeldBackForAsync(new SignInAttempt("198.51.100.2", "ANOTHER")));
    }

    [Fact]
    public async Task Account_without_failures_left_is_held_back_from_any_address()
    {
        await FailAsync(5, i => new SignInAttempt($"198.51.100.{i}", "OWNER"));

        Assert.NotNull(await HeldBackForAsync(new SignInAttempt("203.0.113.9", "OWNER")));
    }

    [Fact]
    public async Task One_address_alone_cannot_use_up_an_account()
    {
        await FailAsync(10, _ => new SignInAttempt("198.51.100.1", "OWNER"));

        Assert.Null(await HeldBackForAsync(new SignInAttempt("203.0.113.9", "OWNER")));
    }

    [Fact]
    public async Task Attempts_that_do_not_fail_use_up_nothing()
    {
        for (var i = 0; i < 10; i++)
        {
            using var turn = await _throttle.TakeTurnAsync(new SignInAttempt("198.51.100.1", "OWNER"), CancellationToken.None);
        }

        Assert.Null(await HeldBackForAsync(new SignInAttempt("198.51.100.1", "OWNER")));
    }

    [Fact]
    public async Task Held_back_attempt_is_told_when_one_more_failure_is_allowed()
    {
        await FailAsync(3, i => new SignInAttempt("198.51.100.1", $"ACCOUNT-{i}"));

        Assert.Equal(TimeSpan.FromSeconds(20), await HeldBackForAsync(new SignInAttempt("198.51.100.1", "ANOTHER")));
    }

    public void Dispose() => _throttle.Dispose();

    // As ThrottledSignInManager does with each wrong password: take the turn, count the failure unless held back, give the turn back.
    private async Task FailAsync(int times, Func<int, SignInAttempt> attempt)
    {
        for (var i = 0; i < times; i++)
        {
            using var turn = await _throttle.TakeTurnAsync(attempt(i), CancellationToken.None);
            if (turn.HeldBackFor is null)
            {
                _throttle.CountFailure(attempt(i));
            }
        }
    }

    private async Task<TimeSpan?> HeldBackForAsync(SignInAttempt attempt)
    {
        using var turn = await _throttle.TakeTurnAsync(attempt, CancellationToken.None);
        return turn.HeldBackFor;
    }
}
