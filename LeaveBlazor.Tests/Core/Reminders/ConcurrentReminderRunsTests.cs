using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// Two app instances running the job at the same moment on one real SQLite file, round after round: the
/// database, not a lock, makes sure each due reminder (and each escalation) is sent exactly once, and a
/// decision racing a reminder always ends decided.
/// </summary>
public sealed class ConcurrentReminderRunsTests : FreshDatabaseTest
{
    private const int Rounds = 10;

    private const int DueRequests = 5;

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    // High enough that every round below reminds rather than escalates.
    protected override void ConfigureReminders(ReminderOptions reminders) => reminders.MaxReminders = 20;

    [Fact]
    public async Task Two_runs_at_once_remind_each_due_request_once_per_due_time()
    {
        var requests = await Database.SubmitSeveralAsync(DueRequests);

        var rounds = new List<string>();
        for (var round = 1; round <= Rounds; round++)
        {
            Database.Time.Advance(Day);
            var (runs, outcomes) = await TwoRunsAtOnceAsync();

            var perRequest = await Task.WhenAll(requests.Select(async r => (await Database.EmailsAsync(r, EmailKind.Reminder)).Count));
            rounds.Add($"round {round}: {runs.Sum(r => r.Reminded)} reminded, {outcomes.Failures.Count} runs failed, reminders per request {string.Join(",", perRequest)}");
        }

        Assert.Equal(
            Enumerable.Range(1, Rounds).Select(round => $"round {round}: {DueRequests} reminded, 0 runs failed, reminders per request {string.Join(",", Enumerable.Repeat(round, DueRequests))}"),
            rounds);
    }

    [Fact]
    public async Task Two_runs_at_once_record_each_reminder_once_in_the_history()
    {
        var requests = await Database.SubmitSeveralAsync(DueRequests);

        for (var round = 1; round <= Rounds; round++)
        {
            Database.Time.Advance(Day);
            await TwoRunsAtOnceAsync();
        }

        var expected = Enumerable.Range(1, Rounds).Select(n => $"Reminder {n} of 20 sent to Dana Manager");
        foreach (var request in requests)
        {
            Assert.Equal(expected, (await Database.HistoryAsync(request, LeaveEventKind.Reminded)).Select(h => h.Comment));
        }
    }

    [Fact]
    public async Task Two_runs_at_once_count_each_reminder_once()
    {
        var requests = await Database.SubmitSeveralAsync(DueRequests);

        for (var round = 1; round <= Rounds; round++)
        {
            Database.Time.Advance(Day);
            await TwoRunsAtOnceAsync();
        }

        var counts = new List<int>();
        foreach (var request in requests)
        {
            counts.Add((await Database.ReloadAsync(request)).RemindersSent);
        }

        Assert.Equal(Enumerable.Repeat(Rounds, DueRequests), counts);
    }

    [Fact]
    public async Task Decision_racing_a_reminder_ends_decided_with_no_further_reminders()
    {
        var raced = new List<(LeaveRequest Request, Outcomes Outcomes)>();
        var from = DateOnly.FromDateTime(Database.Time.GetUtcNow().UtcDateTime).AddDays(7);
        for (var round = 0; round < Rounds; round++)
        {
            // Only this round's request is pending, so the run and the decision meet on it.
            var request = (await Database.SubmitSeveralAsync(1, from)).Single();
            from = request.LastDay.AddDays(1);
            Func<Task> decide = (round % 3) switch
            {
                0 => () => Database.ApproveAsync(request),
                1 => () => Database.RejectAsync(request),
                _ => () => Database.CancelAsync(request),
            };
            Database.Time.Advance(Day);

            raced.Add((request, await Outcomes.RaceAsync(decide, () => Database.RunRemindersAsync())));
        }

        await Database.RunRemindersEachIntervalAsync(3);

        var endings = new List<string>();
        foreach (var (request, outcomes) in raced)
        {
            var stored = await Database.ReloadAsync(request);
            var afterDecision = stored.History.SkipWhile(h => h.Kind is LeaveEventKind.Submitted or LeaveEventKind.Reminded).Skip(1).Select(h => h.Kind);
            var reminderEmails = (await Database.EmailsAsync(request, EmailKind.Reminder)).Count;
            var remindedEntries = stored.History.Count(h => h.Kind == LeaveEventKind.Reminded);
            endings.Add($"{stored.Reference}: {outcomes.Succeeded} of 2 succeeded, pending {stored.Status == LeaveStatus.Pending}, "
                + $"next reminder {stored.NextReminderDue?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, after the decision [{string.Join(",", afterDecision)}], "
                + $"a reminder email per reminded entry {reminderEmails == remindedEntries}");
        }

        NonEmpty.All(endings, ending => Assert.EndsWith(
            ": 2 of 2 succeeded, pending False, next reminder none, after the decision [], a reminder email per reminded entry True", ending, StringComparison.Ordinal));
    }

    /// <summary>Two runs of the job, each from its own scope as on two app instances, released at the same moment.</summary>
    private async Task<(ReminderRun[] Runs, Outcomes Outcomes)> TwoRunsAtOnceAsync()
    {
        await using var first = Database.CreateScope();
        await using var second = Database.CreateScope();
        var runs = new ReminderRun[2];
        var outcomes = await Outcomes.RaceAsync(
            async () => runs[0] = await first.ServiceProvider.GetRequiredService<SendDueReminders>().ExecuteAsync(),
            async () => runs[1] = await second.ServiceProvider.GetRequiredService<SendDueReminders>().ExecuteAsync());
        return (runs.Where(r => r is not null).ToArray(), outcomes);
    }
}
