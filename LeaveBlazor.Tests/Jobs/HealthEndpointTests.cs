using System.Net;
using System.Text.Json;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Web.Jobs;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>/healthz as a monitoring probe reads it: anonymous, JSON.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class HealthEndpointTests(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task Health_answers_anonymously_with_the_database_the_job_storage_and_each_job()
    {
        var (status, health) = await HealthAsync();

        Assert.Equal((HttpStatusCode.OK, $"{DatabaseHealthCheck.Name}, {JobStorageHealthCheck.Name}, {SendRemindersJob.Name}, {DispatchOutboxJob.Name}, {YearEndJob.Name}"),
            (status, string.Join(", ", health.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("name").GetString()))));
    }

    [Fact]
    public async Task Database_that_answers_is_healthy_and_names_its_engine()
    {
        var (_, health) = await HealthAsync();

        var database = Check(health, DatabaseHealthCheck.Name);
        Assert.Equal(("Healthy", "SQLite"), (database.GetProperty("status").GetString(), database.GetProperty("data").GetProperty("provider").GetString()));
    }

    [Fact]
    public async Task Job_storage_is_healthy_and_names_sqlite_its_file_and_the_four_recurring_jobs()
    {
        var (_, health) = await HealthAsync();
        var storage = Check(health, JobStorageHealthCheck.Name);
        var data = storage.GetProperty("data");

        Assert.Equal(("Healthy", "SQLite", "hangfire.db", 4),
            (storage.GetProperty("status").GetString(), data.GetProperty("storage").GetString(), data.GetProperty("file").GetString(),
                data.GetProperty("recurringJobs").GetInt32()));
    }

    [Fact]
    public async Task Job_that_has_not_run_yet_is_degraded_and_says_so()
    {
        var (_, health) = await HealthAsync();
        var sweep = Check(health, DispatchOutboxJob.Name);

        Assert.Equal(("Degraded", true), (sweep.GetProperty("status").GetString(),
            sweep.GetProperty("description").GetString()!.StartsWith("It has not run yet", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Recorded_run_shows_with_its_time_and_summary()
    {
        app.Time.Advance(TimeSpan.FromMinutes(5)); // later than the reminder pass the app ran at start
        await app.RunRecurringJobAsync(SendRemindersJob.Name);

        var (_, health) = await HealthAsync();
        var reminders = Check(health, SendRemindersJob.Name);

        Assert.Equal(
            ("Healthy", app.Time.GetUtcNow(), "0 reminded, 0 escalated, 0 skipped, 0 failed"),
            (reminders.GetProperty("status").GetString(),
                reminders.GetProperty("data").GetProperty("lastSucceededAt").GetDateTimeOffset(),
                reminders.GetProperty("data").GetProperty("lastSummary").GetString()));
    }

    private async Task<(HttpStatusCode Status, JsonElement Health)> HealthAsync()
    {
        using var response = await app.CreateBrowser().GetAsync("/healthz");
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(json).RootElement.Clone());
    }

    private static JsonElement Check(JsonElement health, string name) =>
        health.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == name);
}
