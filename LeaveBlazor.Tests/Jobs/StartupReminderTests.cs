using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Jobs;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>
/// Alex asks Dana for leave; the app stops; it starts again three days later (reminders are due daily, so three
/// fell due while it was down). The reminder pass the app runs at start is the only job that can send one.
/// </summary>
public sealed class RestartAfterDowntime : IAsyncLifetime
{
    public static readonly TimeSpan Downtime = TimeSpan.FromDays(3);

    private JobsApp? _before;
    private JobsApp? _after;

    public JobsApp After => _after ?? throw new InvalidOperationException("The app restarts in InitializeAsync.");

    public LeaveRequest Request { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _before = new JobsApp();
        await _before.InitializeAsync();
        Request = (await _before.AlexAsksAsync()).Request;
        await _before.DisposeAsync(); // stops the app; its folder and database stay

        _after = JobsApp.With(new Dictionary<string, string?> { ["ConnectionStrings:Leave"] = $"Data Source={_before.DatabaseFile}" });
        _after.Time.Advance(Downtime);
        await _after.InitializeAsync();
        await Eventually.HoldsAsync(
            () => _after.JobRunAsync(SendRemindersJob.Name),
            run => run?.LastSucceededAt == _after.Time.GetUtcNow(),
            "the reminder pass at start to finish");
    }

    public Task DisposeAsync() => Restart.DisposeAsync(_after, _before);
}

[Collection(LeaveAppCollection.Name)]
public sealed class StartupReminderTests(RestartAfterDowntime restart) : IClassFixture<RestartAfterDowntime>
{
    [Fact]
    public async Task Reminder_due_while_the_app_was_down_is_sent_once_at_start()
    {
        var reminders = await restart.After.RemindersAsync(restart.Request);

        Assert.Single(reminders);
    }

    [Fact]
    public async Task Missed_intervals_count_as_one_reminder_and_the_next_is_an_interval_after_the_start()
    {
        var request = await restart.After.ReloadAsync(restart.Request);

        Assert.Equal((1, restart.After.Time.GetUtcNow() + TimeSpan.FromDays(1)), (request.RemindersSent, request.NextReminderDue));
    }

    [Fact]
    public async Task Running_the_job_again_at_the_same_time_sends_nothing_more()
    {
        await restart.After.RunRecurringJobAsync(SendRemindersJob.Name);

        Assert.Single(await restart.After.RemindersAsync(restart.Request));
    }
}
