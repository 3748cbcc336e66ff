using System.Security.Cryptography;

namespace LeaveBlazor.Web.Hosting;

/// <summary>
/// The browser-facing security headers of every response, set in one place just before the response starts, so they
/// also cover answers written by the framework (static files, 404s, the rate limiter, Hangfire's dashboard). They replace
/// the <c>frame-ancestors 'self'</c> policy Blazor adds to its pages with a stricter whole one rather than sending two.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The emailed decision pages and the first-start setup page: their address is a one-time credential.</summary>
    private static readonly string[] OneTimeCredentialPages = ["/decide", "/setup"];

    /// <summary>Scalar's API reference page starts itself with an inline module script that it writes and we cannot tag.</summary>
    private const string ApiReference = "/api/docs";

    /// <summary>
    /// Through a startup filter, so the headers are promised before any middleware runs, including the authentication
    /// and authorization that WebApplication puts first by itself (their sign-in redirects and 401s get them too).
    /// </summary>
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddTransient<IStartupFilter, SecurityHeadersFirst>();
        return builder;
    }

    /// <summary>
    /// The nonce that lets this response's one inline script, the import map Blazor writes into the page head, run.
    /// Issued on first use, so responses without a page (API, files) keep <c>script-src 'self'</c> alone.
    /// </summary>
    public static string ScriptNonce(this HttpContext context)
    {
        if (context.Items[typeof(ScriptNonceKey)] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[typeof(ScriptNonceKey)] = nonce;
        }

        return nonce;
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(context);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        if (OneTimeCredentialPages.Any(pages => path.StartsWithSegments(pages)))
        {
            // The address is a one-time credential and the page shows personal details: keep both out of caches and Referer headers.
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
        }
        else
        {
            // Request pages carry references (LR-2026-00042) in their addresses: other sites need not see them.
            headers["Referrer-Policy"] = "same-origin";
        }
    }

    private static string ContentSecurityPolicy(HttpContext context)
    {
        var scripts = context.Request.Path.StartsWithSegments(ApiReference)
            ? "'self' 'unsafe-inline'"
            : context.Items[typeof(ScriptNonceKey)] is string nonce ? $"'self' 'nonce-{nonce}'" : "'self'";

        // Styles: MudBlazor writes its theme as <style> elements and places drawers and popovers with style
        // attributes; neither can carry a nonce, and a nonce would switch 'unsafe-inline' off. Scripts stay strict.
        // connect-src 'self' covers the circuit's WebSocket on the page's own host (ws: or wss: to match).
        return $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private sealed class ScriptNonceKey;

    private sealed class SecurityHeadersFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    Apply(context);
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
