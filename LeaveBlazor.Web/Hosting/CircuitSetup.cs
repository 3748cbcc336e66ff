using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Hosting;

public static class CircuitSetup
{
    /// <summary>Interactive server pages, with the disconnected-circuit limits of <see cref="CircuitSettings"/>.</summary>
    public static WebApplicationBuilder AddInteractivePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedSettings<CircuitSettings>(builder.Configuration, CircuitSettings.Section, circuits => circuits.Problems());
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddOptions<CircuitOptions>().Configure<IOptions<CircuitSettings>>((circuits, settings) =>
        {
            circuits.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(settings.Value.DisconnectedRetentionSeconds);
            circuits.DisconnectedCircuitMaxRetained = settings.Value.DisconnectedMaxRetained;
        });
        return builder;
    }
}
