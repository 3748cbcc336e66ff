using Microsoft.Extensions.Configuration.Json;

namespace LeaveBlazor.Web.Hosting;

public static class TopLevelSettings
{
    /// <summary>
    /// Reads the repository's top-level appsettings.json (copied next to the binaries) as the lowest-priority source,
    /// so environment-specific files, environment variables and command-line switches still override it.
    /// </summary>
    public static WebApplicationBuilder AddTopLevelSettings(this WebApplicationBuilder builder)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var source = new JsonConfigurationSource { Path = path, Optional = false, ReloadOnChange = false };
        source.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, source);
        return builder;
    }
}
