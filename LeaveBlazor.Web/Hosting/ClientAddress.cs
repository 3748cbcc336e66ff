using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;

namespace LeaveBlazor.Web.Hosting;

/// <summary>
/// What a rate limit counts a request against: the client's address. Behind a reverse proxy that is the proxy's
/// address unless forwarded headers are configured, and every visitor then shares one allowance.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => Key(context.Connection.RemoteIpAddress);

    /// <summary>The rate limit of a page anyone may open: a fixed allowance per client address per minute, no queue.</summary>
    public static RateLimitPartition<string> PerMinute(HttpContext context, int permit) =>
        RateLimitPartition.GetFixedWindowLimiter(Of(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    /// <summary>
    /// IPv4 as it is; IPv6 by its /64 network, because one subscriber usually holds a whole /64 and could otherwise take
    /// a fresh address for every attempt. No address (the in-memory test server) is one client, "unknown".
    /// </summary>
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var network = address.GetAddressBytes();
        Array.Clear(network, 8, 8);
        return $"{new IPAddress(network)}/64";
    }
}
