using System.Diagnostics;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using MimeKit;
using Xunit.Abstractions;

namespace LeaveBlazor.Tests.Mail;

/// <summary>
/// The app as a real process, killed outright (kill -9) while an email is in flight, then started again on the same
/// database: the emails the dead process had claimed leave at the restart, each at most twice. The claim lease is set
/// to an hour, so only the restart can have given them back.
/// </summary>
public class KilledDispatcherTests(ITestOutputHelper output) : FreshDatabaseTest
{
    private const string SenderDomain = "kill.test";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Emails_claimed_by_a_killed_app_leave_when_it_starts_again_the_one_in_flight_at_most_twice()
    {
        var queued = new List<OutboxMessage>();
        for (var i = 1; i <= 3; i++)
        {
            queued.Add(await Database.QueueEmailAsync($"person{i}@example.test"));
        }

        using var inFlight = new ManualResetEventSlim();
        using var letGo = new ManualResetEventSlim();
        var messagesEnded = 0;
        await using var stalling = ScriptedSmtpServer.Start(command =>
        {
            // The second email reaches the server, which never answers: the app is killed waiting for the reply.
            if (command == ScriptedSmtpServer.EndOfData && Interlocked.Increment(ref messagesEnded) == 2)
            {
                inFlight.Set();
                letGo.Wait(Bound);
            }

            return null;
        });

        await using (var first = await AppProcess.StartAsync(Settings(stalling.Port)))
        {
            await Eventually.HoldsAsync(() => Task.FromResult(inFlight.IsSet), set => set, "the second email to be in flight", Bound);
            await first.KillAsync();
        }

        letGo.Set();
        var claimedWhenKilled = (await Database.OutboxAsync()).Count(m => m.ClaimedBy is not null);

        await using var mailDev = await MailDevServer.StartNewAsync();
        await using var second = await AppProcess.StartAsync(Settings(mailDev.SmtpPort));
        var sinceStart = Stopwatch.StartNew();
        var resent = await mailDev.WaitForAsync(emails => emails.Count >= 2, "the two claimed emails after the restart", Bound);
        output.WriteLine($"The claimed emails arrived {sinceStart.Elapsed.TotalSeconds:0.0} s after the restarted app answered /healthz.");

        var messageIds = stalling.Received.Select(data => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data))).MessageId)
            .Concat(resent.Select(email => email.MessageId?.Trim('<', '>')))
            .ToList();
        Assert.Equal(2, claimedWhenKilled);
        Assert.Equal([1, 2, 1], queued.Select(m => messageIds.Count(id => id == m.MessageId(SenderDomain))));
    }

    private Dictionary<string, string> Settings(int smtpPort) => new()
    {
        ["Database:Provider"] = OnPostgreSql ? "PostgreSQL" : "Sqlite",
        ["ConnectionStrings:Leave"] = Database.ConnectionString,
        ["Hangfire:SqliteFile"] = Path.Combine(Database.Folder, "hangfire.db"),
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:FromAddress"] = $"leave@{SenderDomain}",
        ["Smtp:ClaimLeaseSeconds"] = "3600",
        ["Leave:TimeZone"] = "UTC",
    };
}

/// <summary>The same with the outbox on PostgreSQL.</summary>
public sealed class KilledDispatcherOnPostgreSqlTests(ITestOutputHelper output) : KilledDispatcherTests(output)
{
    protected override bool OnPostgreSql => true;
}
