using System.Net;
using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Tests.Integration.Hosting;

/// <summary>
/// Behind a configured proxy (127.0.0.1 here) the app believes its X-Forwarded-* headers: it sees the client's https,
/// host and address. Each client gets its own addresses, so the link allowances of the tests do not mix.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class BehindAKnownProxyTests(KnownProxyApp app) : IClassFixture<KnownProxyApp>
{
    [Fact]
    public async Task Sign_in_cookie_is_Secure_when_the_client_came_over_https()
    {
        using var client = new ForwardingClient(app.BaseAddress, "203.0.113.10");

        using var signedIn = await client.SignInAsync();

        Assert.Contains("; secure", ForwardingClient.SetCookieHeader(signedIn, IdentityCookie) ?? "(no sign-in cookie)", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Strict_transport_security_is_sent_when_the_client_came_over_https()
    {
        using var client = new ForwardingClient(app.BaseAddress, "203.0.113.11");

        using var response = await client.GetAsync("/Account/Login");

        Assert.StartsWith("max-age=", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_to_sign_in_goes_to_the_public_https_address()
    {
        using var client = new ForwardingClient(app.BaseAddress, "203.0.113.12");

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal($"https://{ForwardingClient.PublicHost}/Account/Login?ReturnUrl=%2Fhangfire", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Each_client_behind_the_proxy_has_its_own_link_allowance()
    {
        using var busy = new ForwardingClient(app.BaseAddress, "203.0.113.13");
        using var other = new ForwardingClient(app.BaseAddress, "203.0.113.14");
        for (var i = 0; i < ProxiedApp.Permit + 1; i++)
        {
            (await busy.GetAsync("/decide/not-a-token")).Dispose();
        }

        using var busyAgain = await busy.GetAsync("/decide/not-a-token");
        using var otherFirst = await other.GetAsync("/decide/not-a-token");

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.BadRequest), (busyAgain.StatusCode, otherFirst.StatusCode));
    }

    internal static string IdentityCookie => ".AspNetCore." + IdentityConstants.ApplicationScheme;
}

/// <summary>
/// Forwarded headers from an address that is not a configured proxy are anyone's claim: the app keeps what it really
/// received (plain http from 127.0.0.1), even though ASP.NET Core's defaults would trust loopback.
/// </summary>
public abstract class IgnoredForwardedHeadersTests<TApp>(TApp app)
    where TApp : ProxiedApp
{
    [Fact]
    public async Task Sign_in_cookie_is_not_Secure_over_plain_http()
    {
        using var client = new ForwardingClient(app.BaseAddress, "203.0.113.20");

        using var signedIn = await client.SignInAsync();

        Assert.DoesNotContain("; secure", ForwardingClient.SetCookieHeader(signedIn, BehindAKnownProxyTests.IdentityCookie) ?? "(no sign-in cookie)",
            StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_strict_transport_security_over_plain_http()
    {
        using var client = new ForwardingClient(app.BaseAddress, "203.0.113.21");

        using var response = await client.GetAsync("/Account/Login");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Redirect_to_sign_in_goes_to_the_address_really_used()
    {
        using var client = new ForwardingClient(app.BaseAddress, "203.0.113.22");

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(new Uri(app.BaseAddress, "/Account/Login?ReturnUrl=%2Fhangfire"), response.Headers.Location);
    }

    [Fact]
    public async Task Claimed_client_addresses_share_the_real_one_allowance()
    {
        using var busy = new ForwardingClient(app.BaseAddress, "203.0.113.23");
        using var other = new ForwardingClient(app.BaseAddress, "203.0.113.24");
        for (var i = 0; i < ProxiedApp.Permit; i++)
        {
            (await busy.GetAsync("/decide/not-a-token")).Dispose();
        }

        using var otherFirst = await other.GetAsync("/decide/not-a-token");

        Assert.Equal(HttpStatusCode.TooManyRequests, otherFirst.StatusCode);
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class NoProxyConfiguredTests(NoProxyApp app) : IgnoredForwardedHeadersTests<NoProxyApp>(app), IClassFixture<NoProxyApp>;

[Collection(LeaveAppCollection.Name)]
public sealed class UnknownProxyAddressTests(OtherProxiesApp app) : IgnoredForwardedHeadersTests<OtherProxiesApp>(app), IClassFixture<OtherProxiesApp>;
