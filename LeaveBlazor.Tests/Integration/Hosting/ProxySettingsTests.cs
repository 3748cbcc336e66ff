using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Integration.Hosting;

/// <summary>Starts of the app with a Proxy section an operator might get wrong.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ProxySettingsTests
{
    [Theory]
    [InlineData("Proxy:KnownProxies:0", "proxy.internal", "Proxy:KnownProxies has 'proxy.internal', which is not an IP address")]
    [InlineData("Proxy:KnownProxies:0", "10.0.0.0/8", "Proxy:KnownProxies has '10.0.0.0/8', which is not an IP address")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.5", "Proxy:KnownNetworks has '10.0.0.5', which is not a network in CIDR form")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.0/33", "Proxy:KnownNetworks has '10.0.0.0/33', which is not a network in CIDR form")]
    public async Task Invalid_proxy_setting_stops_the_start_with_a_message_naming_it(string key, string value, string message)
    {
        var app = new MisconfiguredProxyApp(key, value);
        try
        {
            var refused = await Assert.ThrowsAsync<OptionsValidationException>(app.InitializeAsync);

            Assert.Contains(refused.Failures, failure => failure.StartsWith(message, StringComparison.Ordinal));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private sealed class MisconfiguredProxyApp(string key, string value) : ProxiedApp
    {
        protected override IReadOnlyDictionary<string, string?> ProxySettings => new Dictionary<string, string?> { [key] = value };
    }
}
