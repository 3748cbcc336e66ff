using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Jobs;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Jobs;

namespace LeaveBlazor.Tests.Backups;

/// <summary>The app keeping three copies, as an operator would set <c>Backup:Keep</c>.</summary>
public sealed class ThreeBackupsApp() : JobsApp(new Dictionary<string, string?> { ["Backup:Keep"] = "3" });

/// <summary>The <c>backup</c> job run through Hangfire, a day apart on the app's fake clock.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class BackupJobTests(ThreeBackupsApp app) : IClassFixture<ThreeBackupsApp>
{
    [Fact]
    public async Task Job_run_five_nights_keeps_the_three_newest_copies_named_by_the_moment_each_was_taken()
    {
        for (var night = 0; night < 5; night++)
        {
            Assert.Equal("Succeeded", await app.RunRecurringJobAsync(BackupJob.Name));
            app.Time.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(
            ["leave-20261202-090000-000Z.db", "leave-20261203-090000-000Z.db", "leave-20261204-090000-000Z.db"],
            Directory.EnumerateFiles(app.BackupFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
