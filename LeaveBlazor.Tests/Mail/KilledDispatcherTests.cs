using System.Diagnostics;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Mail;
using MimeKit;
using Xunit.Abstractions;

namespace LeaveBlazor.Tests.Mail;

/// <summary>
/// The app as a real process, killed outright (kill -9) while an email is in flight, then started again on the same
/// database: the emails the dead process had claimed leave at the restart, each at most twice. The claim lease is set
/// to an hour, so only the restart can have given them back. Outcomes are saved in groups; with a window of 0 ms each
/// is saved before the next email goes, so only the one in flight can go twice; with the defaults, a large dispatch
/// killed midway sends again at most one group.
/// </summary>
public class KilledDispatcherTests(ITestOutputHelper output) : FreshDatabaseTest
{
    protected const string SenderDomain = "kill.test";

    protected static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    protected ITestOutputHelper Output { get; } = output;

    [Fact]
    public async Task Emails_claimed_by_a_killed_app_leave_when_it_starts_again_the_one_in_flight_at_most_twice()
    {
        var queued = await QueueThreeEmailsAsync();
        await using var stalling = new StallingAtSecondEmail();
        await using (var first = await AppProcess.StartAsync(Settings(stalling.Port)))
        {
            await stalling.WaitUntilInFlightAsync();
            await first.KillAsync();
        }

        stalling.LetGo();
        var claimedWhenKilled = (await Database.OutboxAsync()).Count(m => m.ClaimedBy is not null);

        await using var mailDev = await MailDevServer.StartNewAsync();
        await using var second = await AppProcess.StartAsync(Settings(mailDev.SmtpPort));
        var sinceStart = Stopwatch.StartNew();
        var resent = await mailDev.WaitForAsync(emails => emails.Count >= 2, "the two claimed emails after the restart", Bound);
        Output.WriteLine($"The claimed emails arrived {sinceStart.Elapsed.TotalSeconds:0.0} s after the restarted app answered /healthz.");

        Assert.Equal(2, claimedWhenKilled);
        Assert.Equal([1, 2, 1], TimesEachArrived(queued, stalling.Received, resent));
    }

    [Fact]
    public async Task A_large_dispatch_killed_midway_sends_every_email_at_most_twice_and_again_at_most_one_group()
    {
        const int emails = 400;
        var groupSize = new MailOptions().OutcomeGroupSize;
        var queued = await Database.QueueEmailsAsync(emails);
        var arrived = 0;
        using var killedYet = new ManualResetEventSlim();

        // Past a quarter, the next email is held at its end until the app is dead, so the kill lands mid-dispatch
        // however fast the machine sends (400 emails can all leave between two looks at the count).
        await using var smtp = ScriptedSmtpServer.Start(line =>
        {
            if (line == ScriptedSmtpServer.EndOfData && Interlocked.Increment(ref arrived) > emails / 4)
            {
                killedYet.Wait(Bound);
            }

            return null;
        });
        var defaults = Settings(smtp.Port);
        defaults.Remove("Smtp:OutcomeGroupMilliseconds");
        await using (var killed = await AppProcess.StartAsync(defaults))
        {
            await Eventually.HoldsAsync(() => Task.FromResult(smtp.Received.Count), count => count > emails / 4, "a quarter of the emails to leave", Bound);
            await killed.KillAsync();
        }

        killedYet.Set();

        var sentBeforeKill = smtp.Received.Count;
        await using var restarted = await AppProcess.StartAsync(defaults);
        await Eventually.HoldsAsync(Database.OutboxAsync, outbox => outbox.All(m => m.State == OutboxState.Sent), "every email saved as sent after the restart", Bound);
        var times = TimesEachArrived(queued, smtp.Received, []);
        var sentAgain = times.Count(t => t == 2);
        Output.WriteLine($"{sentBeforeKill} of {emails} emails had left when the app was killed; {sentAgain} went again after the restart (group size {groupSize}).");

        Assert.InRange(sentBeforeKill, 1, emails - 1);
        NonEmpty.All(times, t => Assert.InRange(t, 1, 2));
        Assert.InRange(sentAgain, 0, groupSize);
    }

    protected Dictionary<string, string> Settings(int smtpPort, int leaseSeconds = 3600) => new()
    {
        ["Database:Provider"] = OnPostgreSql ? "PostgreSQL" : "Sqlite",
        ["ConnectionStrings:Leave"] = Database.ConnectionString,
        ["Hangfire:SqliteFile"] = Path.Combine(Database.Folder, "hangfire.db"),
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:FromAddress"] = $"leave@{SenderDomain}",
        ["Smtp:ClaimLeaseSeconds"] = leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:SweepSeconds"] = "1",
        ["Smtp:OutcomeGroupMilliseconds"] = "0",
        ["Leave:TimeZone"] = "UTC",
    };

    protected async Task<List<OutboxMessage>> QueueThreeEmailsAsync()
    {
        var queued = new List<OutboxMessage>();
        for (var i = 1; i <= 3; i++)
        {
            queued.Add(await Database.QueueEmailAsync($"person{i}@example.test"));
        }

        return queued;
    }

    /// <summary>How many times each queued email arrived, at a scripted server (its raw messages) or at MailDev, by Message-ID.</summary>
    protected static List<int> TimesEachArrived(List<OutboxMessage> queued, IReadOnlyList<string> received, IReadOnlyList<ReceivedEmail> resent)
    {
        var messageIds = received.Select(data => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data))).MessageId)
            .Concat(resent.Select(email => email.MessageId?.Trim('<', '>')))
            .ToList();
        return [.. queued.Select(m => messageIds.Count(id => id == m.MessageId(SenderDomain)))];
    }
}

/// <summary>
/// The same with the outbox on PostgreSQL, and what two instances on it do: one killed mid-dispatch, the other, already
/// running, sends what the dead one had claimed once the claims' lease lapses (no restart gives them back).
/// </summary>
public sealed class KilledDispatcherOnPostgreSqlTests(ITestOutputHelper output) : KilledDispatcherTests(output)
{
    private const int LeaseSeconds = 6;

    protected override bool OnPostgreSql => true;

    [Fact]
    public async Task Emails_claimed_by_an_instance_killed_mid_dispatch_are_sent_by_the_other_the_one_in_flight_at_most_twice()
    {
        var queued = await QueueThreeEmailsAsync();
        await using var stalling = new StallingAtSecondEmail();
        await using var mailDev = await MailDevServer.StartNewAsync();

        await using var killed = await AppProcess.StartAsync(Settings(stalling.Port, LeaseSeconds));
        await stalling.WaitUntilInFlightAsync();
        await using var other = await AppProcess.StartAsync(Settings(mailDev.SmtpPort, LeaseSeconds));
        var claimedBeforeKill = (await Database.OutboxAsync()).Count(m => m.ClaimedBy is not null);
        await killed.KillAsync();
        stalling.LetGo();
        var sinceKill = Stopwatch.StartNew();
        var resent = await mailDev.WaitForAsync(emails => emails.Count >= 2, "the dead instance's two claimed emails from the other", Bound);
        Output.WriteLine($"The other instance sent them {sinceKill.Elapsed.TotalSeconds:0.0} s after the kill (lease {LeaseSeconds} s).");

        Assert.Equal(2, claimedBeforeKill);
        Assert.Equal([1, 2, 1], TimesEachArrived(queued, stalling.Received, resent));
    }
}

/// <summary>An SMTP server that takes the first email and never answers the second: a dispatcher waits there until killed.</summary>
public sealed class StallingAtSecondEmail : IAsyncDisposable
{
    private readonly ManualResetEventSlim _inFlight = new();
    private readonly ManualResetEventSlim _letGo = new();
    private readonly ScriptedSmtpServer _server;
    private int _messagesEnded;

    public StallingAtSecondEmail() => _server = ScriptedSmtpServer.Start(command =>
    {
        if (command == ScriptedSmtpServer.EndOfData && Interlocked.Increment(ref _messagesEnded) == 2)
        {
            _inFlight.Set();
            _letGo.Wait(TimeSpan.FromSeconds(60));
        }

        return null;
    });

    public int Port => _server.Port;

    public IReadOnlyList<string> Received => _server.Received;

    public Task WaitUntilInFlightAsync() =>
        Eventually.HoldsAsync(() => Task.FromResult(_inFlight.IsSet), set => set, "the second email to be in flight", TimeSpan.FromSeconds(30));

    public void LetGo() => _letGo.Set();

    public async ValueTask DisposeAsync()
    {
        _letGo.Set();
        await _server.DisposeAsync();
        _inFlight.Dispose();
        _letGo.Dispose();
    }
}
