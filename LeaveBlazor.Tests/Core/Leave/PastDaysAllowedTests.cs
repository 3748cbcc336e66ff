using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>A policy that lets people record leave that began up to three days ago.</summary>
public sealed class PastDaysAllowedTests : FreshDatabaseTest
{
    protected override void ConfigurePolicy(LeaveOptions policy) => policy.PastDaysAllowed = 3;

    [Fact]
    public async Task First_day_within_the_allowed_days_back_is_accepted()
    {
        var submitted = await Database.SubmitAsync(LeaveInput.Annual(new(2026, 11, 27), new(2026, 11, 30)));

        Assert.Equal(LeaveStatus.Pending, submitted.Status);
    }

    [Fact]
    public async Task First_day_further_back_is_refused_naming_the_earliest_allowed_day()
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(
            () => Database.SubmitAsync(LeaveInput.Annual(new(2026, 11, 26), new(2026, 11, 30))));

        Assert.Equal(["The first day (26 Nov 2026) is too far back: the earliest allowed is 27 Nov 2026."], refused.Errors[LeaveFields.FirstDay]);
    }
}
