using System.Net;
using System.Text.Json;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Jobs;
using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>The app after its database file was taken away while it ran: the next connection opens an empty file.</summary>
public sealed class DatabaseGoneApp : JobsApp
{
    public string MovedTo => Path.Combine(Folder, "moved");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Eventually.HoldsAsync(() => JobRunAsync(SendRemindersJob.Name), run => run is not null, "the reminder pass at start to finish");
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(MovedTo);
        foreach (var file in Directory.GetFiles(Folder, "leave.db*"))
        {
            File.Move(file, Path.Combine(MovedTo, Path.GetFileName(file)));
        }
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class DatabaseGoneTests(DatabaseGoneApp app) : IClassFixture<DatabaseGoneApp>
{
    [Fact]
    public async Task Health_is_unhealthy_with_503_when_the_database_does_not_answer()
    {
        using var response = await app.CreateBrowser().GetAsync("/healthz");
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var database = health.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == DatabaseHealthCheck.Name);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy", "Unhealthy"),
            (response.StatusCode, health.GetProperty("status").GetString(), database.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Unhealthy_answer_names_no_file_or_path()
    {
        using var response = await app.CreateBrowser().GetAsync("/healthz");

        Assert.DoesNotContain(app.Folder, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
