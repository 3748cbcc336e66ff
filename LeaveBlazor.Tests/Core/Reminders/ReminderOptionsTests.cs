using LeaveBlazor.Core.Reminders;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>The <c>Reminders</c> settings: sensible defaults, and each broken one named with the key to fix.</summary>
public sealed class ReminderOptionsTests
{
    [Fact]
    public void Defaults_remind_daily_three_times_and_have_no_problems()
    {
        var defaults = new ReminderOptions();

        Assert.Equal((TimeSpan.FromDays(1), 3, 0), (defaults.Interval, defaults.MaxReminders, defaults.Problems().Count()));
    }

    [Fact]
    public void Two_minute_interval_for_a_demo_has_no_problems()
    {
        Assert.Empty(new ReminderOptions { Interval = TimeSpan.FromMinutes(2) }.Problems());
    }

    [Theory]
    [InlineData("00:00:59")]
    [InlineData("00:00:00")]
    [InlineData("-1.00:00:00")]
    public void Interval_under_a_minute_is_a_problem_that_shows_the_value(string interval)
    {
        var options = new ReminderOptions { Interval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal([$"Reminders:Interval must be at least one minute (00:01:00); it is {interval}."], options.Problems());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Maximum_reminders_outside_one_to_a_hundred_is_a_problem(int maxReminders)
    {
        Assert.Equal(["Reminders:MaxReminders must be between 1 and 100."], new ReminderOptions { MaxReminders = maxReminders }.Problems());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Maximum_reminders_at_either_limit_is_accepted(int maxReminders)
    {
        Assert.Empty(new ReminderOptions { MaxReminders = maxReminders }.Problems());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Batch_size_outside_one_to_ten_thousand_is_a_problem(int batchSize)
    {
        Assert.Equal(["Reminders:BatchSize must be between 1 and 10000."], new ReminderOptions { BatchSize = batchSize }.Problems());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_cron_is_a_problem(string cron)
    {
        Assert.Equal(["Reminders:Cron must be a cron expression such as \"* * * * *\"."], new ReminderOptions { Cron = cron }.Problems());
    }

    [Fact]
    public void Every_broken_setting_is_reported_at_once()
    {
        var options = new ReminderOptions { Interval = TimeSpan.Zero, MaxReminders = 0, BatchSize = 0, Cron = "" };

        Assert.Equal(
            ["Reminders:Interval", "Reminders:MaxReminders", "Reminders:BatchSize", "Reminders:Cron"],
            options.Problems().Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]));
    }
}
