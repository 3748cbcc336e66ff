using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Deploy;

/// <summary>The image's promises, kept by the app as published and run by the Dockerfile, without a Docker daemon.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PublishedAppTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    [Fact]
    public void Image_runs_as_a_non_root_user_and_keeps_everything_it_writes_in_the_volume()
    {
        Assert.NotEqual("root", app.Recipe.User);
        NonEmpty.All(
            new[] { "ConnectionStrings__Leave", "Hangfire__SqliteFile", "Smtp__PickupFolder" },
            setting => Assert.Contains($"{app.Recipe.DataVolume}/", app.Recipe.Environment.GetValueOrDefault(setting) ?? "(not set)"));
    }

    [Fact]
    public async Task Health_check_command_passes_against_the_running_app()
    {
        Assert.Equal(0, await app.RunHealthCheckAsync());
    }

    [Fact]
    public async Task Request_is_stored_and_its_email_written_under_the_volume_by_the_unprivileged_user()
    {
        using var client = app.Client();
        using var signIn = await client.PostAsJsonAsync("/api/auth/login", new { email = PublishedApp.EmployeeEmail, password = PublishedApp.EmployeePassword });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var monday = MondayAfter(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(21));

        using var submitted = await client.PostAsJsonAsync("/api/leave-requests", new { type = "Annual", firstDay = monday, lastDay = monday.AddDays(4) });

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var pickup = Path.Combine(app.DataFolder, "mail-pickup");
        var emails = await Eventually.HoldsAsync(
            () => Task.FromResult(Directory.Exists(pickup) ? Directory.GetFiles(pickup, "*.eml").Length : 0), count => count > 0,
            "the approver's email in the volume's pickup folder");
        Assert.True(emails > 0);
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "hangfire.db")));
    }

    private static DateOnly MondayAfter(DateOnly day) => day.AddDays(7 - ((int)day.DayOfWeek + 6) % 7);
}
