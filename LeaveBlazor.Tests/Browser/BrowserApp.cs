using System.Net;
using System.Net.Sockets;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Jobs;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// The app a real browser visits: <see cref="ReminderEmailApp"/> (fake clock, emails over SMTP to a MailDev process of
/// its own, reminders each minute of that clock when a test runs the job) served by Kestrel at
/// <see cref="BaseUrl"/> on 127.0.0.1, which is also where its emails link to, so an emailed link opens in the browser.
/// </summary>
public sealed class BrowserApp : ReminderEmailApp
{
    public BrowserApp()
    {
        Port = FreeLoopbackPort();
        UseKestrel(Port);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The request with this reference as the database has it now, with its people and history.</summary>
    public Task<LeaveRequest> RequestAsync(string reference) =>
        InScopeAsync<LeaveDbContext, LeaveRequest>(db => db.LeaveRequests.AsNoTracking()
            .Include(r => r.Requester)
            .Include(r => r.Approver)
            .Include(r => r.History.OrderBy(h => h.Id))
            .SingleAsync(r => r.Reference == reference));

    /// <summary>How the app writes a moment of its clock on its pages, e.g. when a request was decided.</summary>
    public string Describe(DateTimeOffset moment) => Services.GetRequiredService<LeaveClock>().Describe(moment);

    /// <summary>
    /// Stops the web server under the open pages at once, as a crash would: open connections (the circuits) are cut
    /// and the port stops answering. The rest of the app runs on until the fixture disposes it.
    /// </summary>
    public Task StopServerAsync() => Services.GetRequiredService<IServer>().StopAsync(new CancellationToken(canceled: true));

    protected override void StartHost() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:PublicBaseUrl", BaseUrl);

        // The browser judges a sign-in cookie's expiry by the real clock: were it dated by the fake one, it could be
        // born expired. Everything else keeps the fake clock.
        builder.ConfigureTestServices(services => services.PostConfigure<CookieAuthenticationOptions>(
            IdentityConstants.ApplicationScheme, cookie => cookie.TimeProvider = TimeProvider.System));
    }

    // The emails must carry the address before the app starts, so the port is chosen here rather than by Kestrel.
    // The OS hands out free ports at random, so another process taking this one in the moment between is unlikely.
    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
