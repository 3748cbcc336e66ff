using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace LeaveBlazor.Web.Hosting;

/// <summary>The <c>Proxy</c> configuration section: the reverse proxies (TLS terminators, load balancers) in front of the app.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of proxies whose X-Forwarded-For, -Proto and -Host headers are believed, such as 10.0.0.5.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR form, such as 10.0.0.0/24.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<string> Problems()
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return $"{Section}:{nameof(KnownProxies)} has '{proxy}', which is not an IP address (such as 10.0.0.5 or fd00::5).";
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return $"{Section}:{nameof(KnownNetworks)} has '{network}', which is not a network in CIDR form "
                + "(an address, a slash and the prefix length, such as 10.0.0.0/24 or fd00::/64).";
        }
    }

    public IEnumerable<IPAddress> ProxyAddresses() =>
        KnownProxies.Select(p => IPAddress.TryParse(p, out var address) ? address : null).OfType<IPAddress>();

    public IEnumerable<IPNetwork> ProxyNetworks() =>
        KnownNetworks.Select(n => IPNetwork.TryParse(n, out var network) ? network : (IPNetwork?)null).OfType<IPNetwork>();
}

/// <summary>
/// Behind a TLS-terminating proxy the app sees the proxy's address and plain http. The proxy's forwarded headers give
/// the client's address, scheme and host back, so HSTS, Secure cookies, absolute redirects and the per-address rate
/// limit are right; they are believed only from the configured proxies, since anyone else could send them too.
/// </summary>
public static class ProxySetup
{
    public static WebApplicationBuilder AddKnownProxies(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedSettings<ProxyOptions>(builder.Configuration, ProxyOptions.Section, proxy => proxy.Problems());
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;

            // The defaults trust loopback, which would let anything on this machine (or a same-host proxy that passes
            // a client's own X-Forwarded-* through) claim any address and scheme: only the configured ones count.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.ProxyAddresses())
            {
                forwarded.KnownProxies.Add(address);
            }

            foreach (var network in proxy.Value.ProxyNetworks())
            {
                forwarded.KnownIPNetworks.Add(network);
            }

            // Proxies in a row (a load balancer in front of nginx) each add an entry; every hop must be a known proxy.
            forwarded.ForwardLimit = null;
        });
        builder.Services.AddTransient<IStartupFilter, ForwardedHeadersFirst>();
        return builder;
    }

    // A startup filter runs before everything Program.cs adds and before the authentication and authorization that
    // WebApplication puts first by itself, whose sign-in redirects would otherwise name the proxy's http address.
    private sealed class ForwardedHeadersFirst(IOptions<ProxyOptions> proxy) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // With both lists empty the middleware would believe forwarded headers from anyone: no proxy, no middleware.
            if (proxy.Value.ProxyAddresses().Any() || proxy.Value.ProxyNetworks().Any())
            {
                app.UseForwardedHeaders();
            }

            next(app);
        };
    }
}
