using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>
/// Two app instances reaching the escalation of the same requests at the same moment, round after round on one
/// real SQLite file: each request is escalated, and its escalation emailed, exactly once.
/// </summary>
public sealed class ConcurrentEscalationTests : FreshDatabaseTest
{
    private const int Rounds = 10;

    private const int DueRequests = 3;

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static readonly TestPerson Morgan = new("morgan", "morgan.director@example.test", "Morgan Director");

    // One reminder, so the second due time of each request is its escalation.
    protected override void ConfigureReminders(ReminderOptions reminders) => reminders.MaxReminders = 1;

    [Fact]
    public async Task Two_runs_at_the_escalation_time_escalate_each_request_once()
    {
        await Database.AddPersonAsync(Morgan);
        await Database.ChangePersonAsync(TestPeople.Dana, e => e.ManagerId = Morgan.Id);

        var rounds = new List<string>();
        var from = DateOnly.FromDateTime(Database.Time.GetUtcNow().UtcDateTime).AddDays(7);
        for (var round = 1; round <= Rounds; round++)
        {
            // Each round's requests are the only pending ones with a reminder still due.
            var requests = await Database.SubmitSeveralAsync(DueRequests, from);
            from = requests[^1].LastDay.AddDays(1);
            await Database.RunRemindersAfterAsync(Day);
            Database.Time.Advance(Day);

            var runs = new ReminderRun[2];
            await using var first = Database.CreateScope();
            await using var second = Database.CreateScope();
            var outcomes = await Outcomes.RaceAsync(
                async () => runs[0] = await first.ServiceProvider.GetRequiredService<SendDueReminders>().ExecuteAsync(),
                async () => runs[1] = await second.ServiceProvider.GetRequiredService<SendDueReminders>().ExecuteAsync());

            var perRequest = new List<string>();
            foreach (var request in requests)
            {
                var escalated = (await Database.HistoryAsync(request, LeaveEventKind.Escalated)).Count;
                perRequest.Add($"{escalated}/{(await Database.EmailsAsync(request, EmailKind.Escalation)).Count}");
            }

            rounds.Add($"round {round}: {outcomes.Failures.Count} failed, {runs.Sum(r => r?.Escalated ?? 0)} escalated, history/emails per request {string.Join(" ", perRequest)}");
        }

        NonEmpty.All(rounds, round => Assert.EndsWith(": 0 failed, 3 escalated, history/emails per request 1/1 1/1 1/1", round, StringComparison.Ordinal));
    }
}
