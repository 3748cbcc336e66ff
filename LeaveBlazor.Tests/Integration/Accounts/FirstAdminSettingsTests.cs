using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>FirstAdmin values an operator might get wrong stop the start with messages naming the setting.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class FirstAdminSettingsTests
{
    [Theory]
    [InlineData("FirstAdmin:Password", "short", "FirstAdmin:Password: Use at least 8 characters.")]
    [InlineData("FirstAdmin:Email", "not-an-address", "FirstAdmin:Email: Enter a valid email address")]
    [InlineData("FirstAdmin:DisplayName", " ", "FirstAdmin:DisplayName: Enter a display name")]
    public async Task Bad_value_names_the_setting(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?>(ProductionStarts.FirstAdmin()) { [key] = value };

        var refused = await RefusedAsync(settings);

        Assert.Contains(refused.Failures, failure => failure.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Password_without_an_email_names_the_missing_setting()
    {
        var refused = await RefusedAsync(new Dictionary<string, string?> { ["FirstAdmin:Password"] = ProductionStarts.AdminPassword });

        Assert.Contains(refused.Failures, failure => failure.StartsWith("FirstAdmin:Email is empty while FirstAdmin:Password is set", StringComparison.Ordinal));
    }

    private static async Task<OptionsValidationException> RefusedAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "leaveblazor-tests", $"first-admin-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        await using var app = new ProductionApp(Path.Combine(folder, "leave.db"), settings);
        try
        {
            return Assert.IsType<OptionsValidationException>(Record.Exception(() => app.Server));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
