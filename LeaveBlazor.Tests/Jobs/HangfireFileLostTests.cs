using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Jobs;
using MimeKit;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>
/// Alex asks Dana for leave; a day later the app reminds her once; the app stops and Hangfire's file is lost;
/// the app starts again a day later, when her second reminder is due. Only the app database says what is due.
/// </summary>
public abstract class HangfireFileLost : IAsyncLifetime
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private JobsApp? _before;
    private JobsApp? _after;

    public JobsApp Before => _before ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    public JobsApp After => _after ?? throw new InvalidOperationException("The app restarts in InitializeAsync.");

    public LeaveRequest Request { get; private set; } = null!;

    /// <summary>What happens to Hangfire's file while the app is stopped.</summary>
    protected abstract void Lose(string hangfireFile);

    /// <summary>The file and its -wal and -shm companions.</summary>
    protected static void DeleteWithItsJournal(string hangfireFile)
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(hangfireFile)!, Path.GetFileName(hangfireFile) + "*"))
        {
            File.Delete(file);
        }
    }

    public async Task InitializeAsync()
    {
        _before = new JobsApp();
        await _before.InitializeAsync();
        Request = (await _before.AlexAsksAsync()).Request;
        _before.Time.Advance(Day + TimeSpan.FromSeconds(1));
        await _before.RunRecurringJobAsync(SendRemindersJob.Name);
        await ReminderFilesAsync(count: 1);
        await _before.DisposeAsync(); // stops the app; its folder, database and pickup folder stay

        Lose(_before.HangfireFile);
        _after = JobsApp.With(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Leave"] = $"Data Source={_before.DatabaseFile}",
            ["Hangfire:SqliteFile"] = _before.HangfireFile,
            ["Smtp:PickupFolder"] = _before.PickupFolder,
        });
        _after.Time.Advance(2 * (Day + TimeSpan.FromSeconds(1)));
        await _after.InitializeAsync();
        await Eventually.HoldsAsync(
            () => _after.JobRunAsync(SendRemindersJob.Name),
            run => run?.LastSucceededAt == _after.Time.GetUtcNow(),
            "the reminder pass at start to finish");
    }

    /// <summary>The reminders about the request written to the pickup folder, once there are at least <paramref name="count"/>.</summary>
    public Task<List<string>> ReminderFilesAsync(int count) => Eventually.HoldsAsync(
        () => Task.FromResult(Directory.Exists(Before.PickupFolder)
            ? Directory.GetFiles(Before.PickupFolder, "*.eml").Where(IsReminder).ToList()
            : []),
        files => files.Count >= count,
        $"{count} reminder(s) about {Request.Reference} in the pickup folder",
        describe: files => $"{files.Count} reminder(s)");

    private bool IsReminder(string file) =>
        (MimeMessage.Load(file).Subject ?? "").StartsWith($"[{Request.Reference}] Reminder:", StringComparison.Ordinal);

    public Task DisposeAsync() => Restart.DisposeAsync(_after, _before);
}

public sealed class HangfireFileDeleted : HangfireFileLost
{
    protected override void Lose(string hangfireFile) => DeleteWithItsJournal(hangfireFile);
}

public sealed class HangfireFileCorrupted : HangfireFileLost
{
    /// <summary>What the file held when the app started again: not a SQLite database.</summary>
    public static readonly byte[] Garbage = [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251))];

    // A new file (not the old one overwritten) in place of the old file and its WAL: a connection the stopped app may
    // still close late then checkpoints into the old file, never into the garbage.
    protected override void Lose(string hangfireFile)
    {
        DeleteWithItsJournal(hangfireFile);
        File.WriteAllBytes(hangfireFile, Garbage);
    }
}

/// <summary>What every loss of Hangfire's file must leave intact.</summary>
public abstract class HangfireFileLostTests<TLoss>(TLoss loss)
    where TLoss : HangfireFileLost
{
    protected TLoss Loss => loss;

    [Fact]
    public async Task Reminder_due_after_the_loss_is_written_once_and_the_earlier_one_is_not_written_again()
    {
        var request = await loss.After.ReloadAsync(loss.Request);
        var reminders = await loss.After.RemindersAsync(loss.Request);

        Assert.Equal((2, 2), (reminders.Count, request.RemindersSent));
    }

    [Fact]
    public async Task Each_reminder_reaches_the_mailbox_exactly_once()
    {
        await loss.After.Services.RunRecurringJobAsync(DispatchOutboxJob.Name); // whatever is still waiting has gone now

        Assert.Equal(2, (await loss.ReminderFilesAsync(count: 2)).Count);
    }

    [Fact]
    public void App_recreates_the_file_with_every_recurring_job()
    {
        var jobs = string.Join(", ", loss.After.RecurringJobs().Select(job => job.Id).Order());

        Assert.Equal((true, $"{BackupJob.Name}, {DispatchOutboxJob.Name}, {SendRemindersJob.Name}, {YearEndJob.Name}"), (File.Exists(loss.Before.HangfireFile), jobs));
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class DeletedHangfireFileTests(HangfireFileDeleted loss)
    : HangfireFileLostTests<HangfireFileDeleted>(loss), IClassFixture<HangfireFileDeleted>;

[Collection(LeaveAppCollection.Name)]
public sealed class CorruptHangfireFileTests(HangfireFileCorrupted loss)
    : HangfireFileLostTests<HangfireFileCorrupted>(loss), IClassFixture<HangfireFileCorrupted>
{
    [Fact]
    public void Unreadable_file_is_kept_aside_as_it_was()
    {
        var aside = Directory.GetFiles(Path.GetDirectoryName(Loss.Before.HangfireFile)!, "hangfire.db.corrupt-*")
            .Where(file => !file.EndsWith("-wal", StringComparison.Ordinal) && !file.EndsWith("-shm", StringComparison.Ordinal));

        Assert.Equal(HangfireFileCorrupted.Garbage, File.ReadAllBytes(Assert.Single(aside)));
    }
}
