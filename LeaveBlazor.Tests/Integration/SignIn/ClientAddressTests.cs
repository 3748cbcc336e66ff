using System.Net;
using LeaveBlazor.Web.Hosting;

namespace LeaveBlazor.Tests.Integration.SignIn;

/// <summary>What the rate limits count a client by.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("198.51.100.7", "198.51.100.7")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    public void Address_is_counted_as(string address, string key)
    {
        Assert.Equal(key, ClientAddress.Key(IPAddress.Parse(address)));
    }

    [Fact]
    public void Addresses_of_one_ipv6_network_are_one_client()
    {
        Assert.Equal(ClientAddress.Key(IPAddress.Parse("2001:db8:1:2::1")), ClientAddress.Key(IPAddress.Parse("2001:db8:1:2:ffff::9")));
    }

    [Fact]
    public void Neighbouring_ipv6_networks_are_different_clients()
    {
        Assert.NotEqual(ClientAddress.Key(IPAddress.Parse("2001:db8:1:2::1")), ClientAddress.Key(IPAddress.Parse("2001:db8:1:3::1")));
    }
}
