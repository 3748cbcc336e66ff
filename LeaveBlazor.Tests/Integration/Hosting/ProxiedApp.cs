using LeaveBlazor.Tests.Integration.Accounts;
using Microsoft.AspNetCore.Hosting;

namespace LeaveBlazor.Tests.Integration.Hosting;

/// <summary>
/// The app in Production (where HSTS is on) on real Kestrel at 127.0.0.1, so every request really comes from the
/// loopback address, the one a same-host proxy has and the one ASP.NET Core's forwarded-headers defaults trust.
/// The first admin is the account to sign in with; the decision links allow <see cref="Permit"/> views a minute per client.
/// </summary>
public abstract class ProxiedApp : LeaveApp
{
    public const int Permit = 2;

    protected ProxiedApp() => UseKestrel(0);

    /// <summary>The Proxy section as the operator set it (none: no proxy configured).</summary>
    protected abstract IReadOnlyDictionary<string, string?> ProxySettings { get; }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void StartHost() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("DecisionLinks:PermitPerMinute", Permit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in ProductionStarts.FirstAdmin().Concat(ProxySettings))
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>A TLS-terminating proxy on this machine, configured as known: <c>Proxy:KnownProxies:0=127.0.0.1</c>.</summary>
public sealed class KnownProxyApp : ProxiedApp
{
    protected override IReadOnlyDictionary<string, string?> ProxySettings =>
        new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = "127.0.0.1" };
}

/// <summary>No Proxy section at all: forwarded headers, even from loopback, are someone's claim.</summary>
public sealed class NoProxyApp : ProxiedApp
{
    protected override IReadOnlyDictionary<string, string?> ProxySettings => new Dictionary<string, string?>();
}

/// <summary>Proxies configured elsewhere: a request from 127.0.0.1 does not come from any of them.</summary>
public sealed class OtherProxiesApp : ProxiedApp
{
    protected override IReadOnlyDictionary<string, string?> ProxySettings => new Dictionary<string, string?>
    {
        ["Proxy:KnownProxies:0"] = "192.0.2.10",
        ["Proxy:KnownNetworks:0"] = "198.51.100.0/24",
    };
}
