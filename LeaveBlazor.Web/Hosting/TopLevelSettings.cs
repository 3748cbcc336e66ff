using Microsoft.Extensions.Configuration.Json;

namespace LeaveBlazor.Web.Hosting;

public static class TopLevelSettings
{
    /// <summary>
    /// Reads the repository's top-level appsettings.json and then its environment's file (appsettings.Development.json
    /// gives Development a database of its own), both copied next to the binaries, as the lowest-priority sources, so
    /// environment variables and command-line switches still override them.
    /// </summary>
    public static WebApplicationBuilder AddTopLevelSettings(this WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, JsonFile("appsettings.json", optional: false));
        builder.Configuration.Sources.Insert(1, JsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: true));
        return builder;
    }

    private static JsonConfigurationSource JsonFile(string name, bool optional)
    {
        var source = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, name), Optional = optional, ReloadOnChange = false };
        source.ResolveFileProvider();
        return source;
    }
}
