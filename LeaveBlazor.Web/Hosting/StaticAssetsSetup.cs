using Microsoft.Extensions.Configuration.Memory;

namespace LeaveBlazor.Web.Hosting;

public static class StaticAssetsSetup
{
    /// <summary>
    /// The build output (<c>dotnet run</c>, the tests) serves the static assets as the published app does: the
    /// precompressed files (brotli, gzip) with the manifest's headers, fingerprinted URLs cached for a year.
    /// <list type="bullet">
    /// <item>ASP.NET Core's runtime patching of a build's assets (meant for editing wwwroot while the app runs) is off:
    /// it turns caching off, and it re-compresses with gzip while keeping the manifest's Content-Encoding, so a brotli
    /// request gets gzip bytes labelled br, which browsers refuse. After editing a file in wwwroot, build again
    /// (<c>dotnet watch</c> does); <c>ReloadStaticAssetsAtRuntime=true</c> turns the patching back on.</item>
    /// <item>Outside Development the packages' and the framework's files (<c>_content/</c>, <c>_framework/</c>) are
    /// found beside the build, as Development does by itself. A published app has them in its wwwroot; its manifest
    /// is not a build's, so neither setting changes it.</item>
    /// </list>
    /// </summary>
    public static WebApplicationBuilder AddLeaveStaticAssets(this WebApplicationBuilder builder)
    {
        // Lowest priority, so appsettings, environment variables and the command line can still turn it on.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new("ReloadStaticAssetsAtRuntime", "false")],
        });

        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }
}
