using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace LeaveBlazor.Web.Components.Layout;

/// <summary>
/// <see cref="LeaveTheme"/>'s CSS (MudBlazor's variables, scrollbars and chart styles, 12 KB) as a stylesheet the
/// browser keeps, instead of MudThemeProvider in every page: it built a new default theme, parsed its colours and wrote
/// the CSS again on each server-rendered page, 7% of the CPU of a decision by emailed link. MudThemeProvider still writes
/// it, once per process.
/// </summary>
public sealed partial class ThemeStylesheet(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public const string Path = "/theme.css";

    private readonly Lazy<Task<Rendered>> _rendered = new(() => RenderAsync(scopes, loggers));

    /// <summary>The stylesheet's address with its version: pages load it once per build and theme.</summary>
    public async Task<string> HrefAsync() => $"{Path.TrimStart('/')}?v={(await _rendered.Value).Version}";

    /// <summary>The CSS as UTF-8, and compressed with Brotli (12 KB become 2).</summary>
    public async Task<Rendered> RenderedAsync() => await _rendered.Value;

    public sealed record Rendered(byte[] Css, byte[] Brotli, string Version);

    private static async Task<Rendered> RenderAsync(IServiceScopeFactory scopes, ILoggerFactory loggers)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(MudThemeProvider.Theme)] = LeaveTheme.Theme });
            return (await renderer.RenderComponentAsync<MudThemeProvider>(parameters)).ToHtmlString();
        });
        var css = string.Join("\n", StyleElement().Matches(html).Select(style => style.Groups["css"].Value.Trim()));
        if (!css.Contains("--mud-palette-primary", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"MudThemeProvider rendered no theme variables: {html}");
        }

        var bytes = Encoding.UTF8.GetBytes(css);
        using var brotli = new MemoryStream();
        await using (var compressing = new BrotliStream(brotli, CompressionLevel.SmallestSize))
        {
            compressing.Write(bytes);
        }

        return new Rendered(bytes, brotli.ToArray(), Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
    }

    [GeneratedRegex("<style[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}

public static class ThemeStylesheetEndpoint
{
    public static IServiceCollection AddThemeStylesheet(this IServiceCollection services) => services.AddSingleton<ThemeStylesheet>();

    /// <summary>
    /// Anonymous (the sign-in page needs it). The current version is cached for a year, since a new theme or MudBlazor
    /// gives a new address; any other (a page from before an upgrade) gets the current CSS, not to be kept.
    /// </summary>
    public static void MapThemeStylesheet(this IEndpointRouteBuilder app) =>
        app.MapGet(ThemeStylesheet.Path, async (ThemeStylesheet theme, HttpContext context, string? v) =>
            {
                var rendered = await theme.RenderedAsync();
                var headers = context.Response.Headers;
                headers.CacheControl = v == rendered.Version ? "max-age=31536000, immutable" : "no-cache";
                headers.Vary = "Accept-Encoding";
                var acceptsBrotli = context.Request.Headers.AcceptEncoding.Any(accepted => accepted?.Contains("br", StringComparison.OrdinalIgnoreCase) == true);
                if (acceptsBrotli)
                {
                    headers.ContentEncoding = "br";
                }

                return Results.Bytes(acceptsBrotli ? rendered.Brotli : rendered.Css, "text/css; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
}
