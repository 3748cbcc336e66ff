using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>"Today" and the times in messages belong to the policy's time zone, not to UTC or the server.</summary>
public sealed class LeaveClockTests
{
    // Noon UTC on Monday 30 Nov 2026 is already 01:00 on Tuesday in Auckland (UTC+13 in summer).
    private static readonly DateTimeOffset NoonUtc = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Today_is_the_date_in_the_policy_time_zone()
    {
        var clock = ClockIn("Pacific/Auckland", new FakeTimeProvider(NoonUtc));

        Assert.Equal(new DateOnly(2026, 12, 1), clock.Today);
    }

    [Fact]
    public void Moments_are_described_in_the_policy_time_zone()
    {
        var clock = ClockIn("Pacific/Auckland", new FakeTimeProvider(NoonUtc));

        Assert.Equal("1 Dec 2026 at 01:00", clock.Describe(NoonUtc));
    }

    [Fact]
    public void Without_a_policy_time_zone_the_server_zone_decides()
    {
        var time = new FakeTimeProvider(NoonUtc);
        time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland"));

        Assert.Equal(new DateOnly(2026, 12, 1), ClockIn("", time).Today);
    }

    private static LeaveClock ClockIn(string timeZone, TimeProvider time)
    {
        var policy = LeaveOptions.Default();
        policy.TimeZone = timeZone;
        return new LeaveClock(time, Options.Create(policy));
    }
}

/// <summary>A company in Auckland: its day and year turn over while it is still the day before in UTC.</summary>
public sealed class AucklandPolicyTests : FreshDatabaseTest
{
    protected override void ConfigurePolicy(LeaveOptions policy) => policy.TimeZone = "Pacific/Auckland";

    [Fact]
    public async Task Leave_starting_on_the_utc_date_is_already_in_the_past()
    {
        Database.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.Annual(new(2026, 11, 30))));

        Assert.Equal(["The first day (30 Nov 2026) is in the past: leave can start today at the earliest."], refused.Errors[LeaveFields.FirstDay]);
    }

    [Fact]
    public async Task Reference_year_follows_the_local_new_year()
    {
        Database.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.Zero));

        var submitted = await Database.SubmitAsync(LeaveInput.Annual(new(2027, 1, 4)));

        Assert.Equal("LR-2027-00001", submitted.Reference);
    }

    [Fact]
    public async Task Conflict_message_gives_the_local_time_of_the_decision()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request);

        var refused = await Assert.ThrowsAsync<LeaveConflictException>(() => Database.CancelAsync(request));

        Assert.Equal("LR-2026-00001 was already approved by Dana Manager on 30 Nov 2026 at 22:00; it can no longer be cancelled.", refused.Message);
    }
}
