using LeaveBlazor.Tests.Integration;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>Starts of the app with job settings an operator might get wrong.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class JobSettingsTests
{
    [Theory]
    [InlineData("Hangfire:Storage", "Nope", "Hangfire:Storage 'Nope' is not available in this build; use SQLite, PostgreSQL or InMemory, or leave it empty to follow the app database.")]
    [InlineData("Hangfire:Storage", "PostgreSql", "Hangfire:Storage 'PostgreSql' needs the app database on PostgreSQL: set Database:Provider to PostgreSQL, or leave Hangfire:Storage empty.")]
    [InlineData("Hangfire:SqliteFile", " ", "Hangfire:SqliteFile is empty")]
    [InlineData("Reminders:Cron", "every day", "Reminders:Cron 'every day' is not a cron expression")]
    [InlineData("Smtp:SweepCron", "61 * * * *", "Smtp:SweepCron '61 * * * *' is not a cron expression")]
    [InlineData("Backup:Cron", "nightly", "Backup:Cron 'nightly' is not a cron expression")]
    [InlineData("Backup:Keep", "0", "Backup:Keep 0 must be between 1 and 1000")]
    [InlineData("Backup:Folder", " ", "Backup:Folder is empty")]
    public Task Invalid_setting_stops_the_start_with_a_message_naming_it(string key, string value, string message) =>
        RefusedAsync((settings, _) => settings[key] = value, _ => message);

    [Fact]
    public Task Hangfire_file_that_is_the_app_database_stops_the_start() =>
        RefusedAsync((settings, app) => settings["Hangfire:SqliteFile"] = app.DatabaseFile,
            app => $"Hangfire:SqliteFile '{app.DatabaseFile}' is the app database; give Hangfire a file of its own");

    /// <param name="set">Sets the settings; the app reads them only when it starts, so they may name its own files.</param>
    private static async Task RefusedAsync(Action<Dictionary<string, string?>, JobsApp> set, Func<JobsApp, string> message)
    {
        var settings = new Dictionary<string, string?>();
        var app = JobsApp.With(settings);
        set(settings, app);
        try
        {
            var refused = await Assert.ThrowsAsync<OptionsValidationException>(app.InitializeAsync);

            Assert.Contains(refused.Failures, failure => failure.StartsWith(message(app), StringComparison.Ordinal));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
