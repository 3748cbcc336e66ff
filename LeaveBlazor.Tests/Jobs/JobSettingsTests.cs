using LeaveBlazor.Tests.Integration;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>Starts of the app with job settings an operator might get wrong.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class JobSettingsTests
{
    [Theory]
    [InlineData("Hangfire:Storage", "Nope", "Hangfire:Storage 'Nope' is not available in this build; use SQLite or InMemory.")]
    [InlineData("Hangfire:Storage", "PostgreSql", "Hangfire:Storage 'PostgreSql' is not available in this build; use SQLite or InMemory.")]
    [InlineData("Hangfire:SqliteFile", " ", "Hangfire:SqliteFile is empty")]
    [InlineData("Reminders:Cron", "every day", "Reminders:Cron 'every day' is not a cron expression")]
    [InlineData("Smtp:SweepCron", "61 * * * *", "Smtp:SweepCron '61 * * * *' is not a cron expression")]
    public async Task Invalid_setting_stops_the_start_with_a_message_naming_it(string key, string value, string message)
    {
        var app = JobsApp.With(new Dictionary<string, string?> { [key] = value });
        try
        {
            var refused = await Assert.ThrowsAsync<OptionsValidationException>(app.InitializeAsync);

            Assert.Contains(refused.Failures, failure => failure.StartsWith(message, StringComparison.Ordinal));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
