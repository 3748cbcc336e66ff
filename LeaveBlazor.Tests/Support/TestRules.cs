using LeaveBlazor.Core.Leave;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Support;

/// <summary>The form's rules without a database: the default policy in UTC, with today at <see cref="LeaveTestDatabase.StartDay"/>.</summary>
public static class TestRules
{
    /// <summary>A calendar of Monday to Friday with no holidays, for rules that only need some working days.</summary>
    public static readonly WorkingDayCalendar MondayToFriday = new([]);

    /// <param name="configurePolicy">Changes to the default policy before the rules read it.</param>
    public static LeaveRequestRules Create(Action<LeaveOptions>? configurePolicy = null)
    {
        var policy = LeaveOptions.Default();
        policy.TimeZone = "UTC";
        configurePolicy?.Invoke(policy);
        var options = Options.Create(policy);
        return new LeaveRequestRules(options, new LeaveClock(new FakeTimeProvider(LeaveTestDatabase.StartTime), options));
    }
}
