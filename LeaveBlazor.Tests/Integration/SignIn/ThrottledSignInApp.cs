using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.SignIn;

/// <summary>
/// The real app with small sign-in allowances (<see cref="FailuresPerAddress"/> failures a minute per address,
/// <see cref="FailuresPerAccount"/> per account), and clients that each come from an address of their own. The buckets
/// refill one failure every 60/N seconds, far longer than any test here takes to use them up.
/// </summary>
public sealed class ThrottledSignInApp : LeaveApp
{
    public const int FailuresPerAddress = 2;
    public const int FailuresPerAccount = 3;

    // The in-memory test server's requests have no client address; this header gives them one.
    private const string AddressHeader = "X-Test-Client-Address";
    private int _lastAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:FailuresPerMinutePerAddress", FailuresPerAddress.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("SignIn:FailuresPerMinutePerAccount", FailuresPerAccount.ToString(CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    /// <summary>An address (from the documentation range) no other client of this app has used.</summary>
    public IPAddress NewAddress() => IPAddress.Parse($"198.51.100.{Interlocked.Increment(ref _lastAddress)}");

    /// <summary>A browser (cookies kept, redirects shown) at <paramref name="address"/>, a new one when none is given.</summary>
    public HttpClient BrowserAt(IPAddress? address = null) => At(CreateBrowser(), address);

    /// <summary>A script calling the API from <paramref name="address"/>, a new one when none is given.</summary>
    public HttpClient ScriptAt(IPAddress? address = null) =>
        At(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }), address);

    private HttpClient At(HttpClient client, IPAddress? address)
    {
        client.DefaultRequestHeaders.Add(AddressHeader, (address ?? NewAddress()).ToString());
        return client;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextStep) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextStep(context);
            });
            next(app);
        };
    }
}
