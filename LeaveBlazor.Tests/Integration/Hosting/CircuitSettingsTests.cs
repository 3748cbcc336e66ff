using LeaveBlazor.Web.Hosting;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Integration.Hosting;

/// <summary>The <c>Circuits</c> settings: how long and how many disconnected interactive pages the server keeps.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class CircuitSettingsTests
{
    [Fact]
    public void Defaults_keep_a_hundred_disconnected_pages_for_three_minutes()
    {
        var defaults = new CircuitSettings();

        Assert.Equal((180, 100, false), (defaults.DisconnectedRetentionSeconds, defaults.DisconnectedMaxRetained, defaults.Problems().Any()));
    }

    [Theory]
    [InlineData(4, 100, "Circuits:DisconnectedRetentionSeconds must be between 5 and 3600 (seconds).")]
    [InlineData(3601, 100, "Circuits:DisconnectedRetentionSeconds must be between 5 and 3600 (seconds).")]
    [InlineData(180, -1, "Circuits:DisconnectedMaxRetained must be between 0 and 100000.")]
    public void Limits_out_of_range_are_refused_with_the_setting_named(int seconds, int retained, string problem)
    {
        Assert.Equal([problem], new CircuitSettings { DisconnectedRetentionSeconds = seconds, DisconnectedMaxRetained = retained }.Problems());
    }

    [Fact]
    public async Task The_settings_become_the_limits_Blazor_keeps_disconnected_circuits_by()
    {
        var app = new CircuitsApp("45", "7");
        try
        {
            await app.InitializeAsync();

            var circuits = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

            Assert.Equal((TimeSpan.FromSeconds(45), 7), (circuits.DisconnectedCircuitRetentionPeriod, circuits.DisconnectedCircuitMaxRetained));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_limit_that_is_not_a_number_stops_the_start_naming_the_setting()
    {
        var app = new CircuitsApp("45", "none");
        try
        {
            var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(app.InitializeAsync);

            Assert.Contains("Circuits:DisconnectedMaxRetained", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private sealed class CircuitsApp(string retentionSeconds, string maxRetained) : LeaveApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Circuits:DisconnectedRetentionSeconds", retentionSeconds);
            builder.UseSetting("Circuits:DisconnectedMaxRetained", maxRetained);
        }
    }
}
