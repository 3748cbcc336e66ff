using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Hosting;

/// <summary>
/// Keeps decision tokens and calendar-feed tokens out of every log. The token is in the path of an emailed link
/// (<c>/decide/{token}</c>) or of a feed (<c>/feeds/{token}.ics</c>, which calendar apps fetch all day), and the
/// framework logs paths at several levels: hosting ("Request starting … /decide/…"), its request scope
/// (<c>RequestPath</c>), routing and Blazor at Debug. Rather than chase each message, the app's one
/// <see cref="ILoggerFactory"/> is wrapped: every logger it hands out rewrites <c>/decide/&lt;token&gt;</c> to
/// <c>/decide/[redacted]</c> (and a feed's path to <c>/feeds/[redacted]</c>) in the message, the structured values, the
/// scopes and exception texts before any provider sees them, whatever the level and whichever providers are registered
/// (now or later).
/// </summary>
public static partial class DecisionTokenRedaction
{
    /// <summary>What a token's path becomes: its first segment (decide or feeds) stays.</summary>
    private const string Replacement = "$1/[redacted]";

    public static WebApplicationBuilder AddDecisionTokenRedaction(this WebApplicationBuilder builder)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(services => new RedactingLoggerFactory(new LoggerFactory(
            services.GetServices<ILoggerProvider>(),
            services.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            services.GetService<IOptions<LoggerFactoryOptions>>(),
            services.GetService<IExternalScopeProvider>()))));
        return builder;
    }

    /// <summary>True when <paramref name="text"/> may hold a decision link's or a feed's token (a cheap test before the rewrite).</summary>
    public static bool MayHoldToken(string? text) =>
        text is not null && (text.Contains("decide/", StringComparison.OrdinalIgnoreCase) || text.Contains("feeds/", StringComparison.OrdinalIgnoreCase));

    public static string Redact(string text) =>
        MayHoldToken(text) ? TokenInPath().Replace(text, Replacement) : text;

    // Routing ignores case, so /DECIDE/<token> opens the page too, and route values drop the leading slash. The token
    // ends where a path, query or quoted text would; the route templates /decide/{Token} and /feeds/{token}.ics stay readable.
    [GeneratedRegex(@"\b(decide|feeds)/(?!\{)[^/?#\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenInPath();
}
