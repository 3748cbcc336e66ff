using System.Net;
using System.Text.RegularExpressions;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Jobs;
using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>
/// The app on Kestrel runs send-reminders (it succeeds), then dispatch-outbox while its database is away (it fails);
/// it stops, gets its database back and starts again on the same two files. In-memory storage would forget both runs.
/// </summary>
public sealed class RestartWithHangfireHistory : IAsyncLifetime
{
    private KestrelJobsApp? _before;
    private KestrelJobsApp? _after;

    public KestrelJobsApp After => _after ?? throw new InvalidOperationException("The app restarts in InitializeAsync.");

    /// <summary>The Hangfire job id of the send-reminders run before the restart.</summary>
    public string SucceededRun { get; private set; } = "";

    /// <summary>The Hangfire job id of the dispatch-outbox run before the restart.</summary>
    public string FailedRun { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _before = new KestrelJobsApp();
        await _before.InitializeAsync();
        SucceededRun = await RunAsync(_before, SendRemindersJob.Name, "Succeeded");

        var away = Path.Combine(_before.Folder, "away");
        MoveDatabase(_before.Folder, away);
        FailedRun = await RunAsync(_before, DispatchOutboxJob.Name, "Failed");
        await _before.DisposeAsync(); // stops the app; its folder stays

        // The failed run left an empty database where the real one was.
        SqliteConnection.ClearAllPools();
        foreach (var empty in Directory.GetFiles(_before.Folder, "leave.db*"))
        {
            File.Delete(empty);
        }

        MoveDatabase(away, _before.Folder);
        _after = KestrelJobsApp.With(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Leave"] = $"Data Source={_before.DatabaseFile}",
            ["Hangfire:SqliteFile"] = _before.HangfireFile,
        });
        await _after.InitializeAsync();
    }

    private static async Task<string> RunAsync(KestrelJobsApp app, string job, string expected)
    {
        var (id, state) = await app.Services.TriggerRecurringJobAsync(job);
        return state == expected ? id : throw new InvalidOperationException($"The {job} run ended {state}, not {expected}.");
    }

    private static void MoveDatabase(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "leave.db*"))
        {
            File.Move(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    public Task DisposeAsync() => Restart.DisposeAsync(_after, _before);
}

[Collection(LeaveAppCollection.Name)]
public sealed class HangfireHistoryTests(RestartWithHangfireHistory restart) : IClassFixture<RestartWithHangfireHistory>
{
    [Fact]
    public async Task Failed_run_from_before_the_restart_shows_on_the_dashboard_with_its_exception()
    {
        var page = await DashboardPageAsync($"/hangfire/jobs/details/{restart.FailedRun}");

        // The job's name and its exception's message, as the page shows them (a failure shows what the page said instead).
        var shown = string.Join(" | ", Regex.Matches(WebUtility.HtmlDecode(page), "DispatchOutboxJob|SQLite Error [0-9]+: '[^']*'").Select(m => m.Value).Distinct());
        // Which SQLite error the run met depends on whether a connection was open as the file went ("disk I/O error") or not.
        Assert.Matches(@"^DispatchOutboxJob \| SQLite Error (1: 'no such table: Outbox'|10: 'disk I/O error')$", shown);
    }

    [Fact]
    public async Task Dashboard_lists_the_succeeded_run_among_succeeded_jobs()
    {
        var page = await DashboardPageAsync("/hangfire/jobs/succeeded");

        Assert.Contains($"jobs/details/{restart.SucceededRun}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_lists_the_failed_run_among_failed_jobs()
    {
        var page = await DashboardPageAsync("/hangfire/jobs/failed");

        Assert.Contains($"jobs/details/{restart.FailedRun}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recurring_jobs_show_their_last_runs_from_before_the_restart()
    {
        var page = await DashboardPageAsync("/hangfire/recurring");

        NonEmpty.All([restart.SucceededRun, restart.FailedRun], run => Assert.Contains($"jobs/details/{run}\"", page, StringComparison.Ordinal));
    }

    private async Task<string> DashboardPageAsync(string path)
    {
        var admin = await restart.After.RealBrowserSignedInAsync(LeaveApp.AdminEmail);
        using var response = await admin.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
