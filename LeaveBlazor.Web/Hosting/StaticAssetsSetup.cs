using Microsoft.Extensions.Configuration.Memory;

namespace LeaveBlazor.Web.Hosting;

public static class StaticAssetsSetup
{
    /// <summary>
    /// Outside Development, the build output (<c>dotnet run</c>) serves the static assets as the published app does.
    /// ASP.NET Core finds the packages' and the framework's files (<c>_content/</c>, <c>_framework/</c>) beside the
    /// build only in Development, and serves a build's assets re-read on each request with caching turned off, so
    /// without this they fail outside Development and their fingerprinted URLs lose the year-long immutable caching.
    /// A published app has the files in its wwwroot and a manifest of its own, so neither setting changes it.
    /// </summary>
    public static WebApplicationBuilder AddLeaveStaticAssets(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            return builder;
        }

        builder.WebHost.UseStaticWebAssets();

        // Lowest priority, so an operator can still turn the development behaviour back on.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new("ReloadStaticAssetsAtRuntime", "false")],
        });
        return builder;
    }
}
