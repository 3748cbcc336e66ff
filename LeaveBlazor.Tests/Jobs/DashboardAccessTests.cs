using System.Net;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>
/// The app on real Kestrel at 127.0.0.1 and a port of its own: under the in-memory test server the dashboard sees no
/// client address and answers 401 to everyone, which would prove nothing.
/// </summary>
public sealed class KestrelJobsApp : JobsApp
{
    private readonly List<HttpClient> _browsers = [];

    public KestrelJobsApp()
        : this(new Dictionary<string, string?>())
    {
    }

    private KestrelJobsApp(IReadOnlyDictionary<string, string?> settings)
        : base(settings) => UseKestrel(0);

    /// <summary>The app on Kestrel with these settings on top (xunit wants a fixture with one public constructor).</summary>
    public static new KestrelJobsApp With(IReadOnlyDictionary<string, string?> settings) => new(settings);

    protected override void StartHost() => StartServer();

    /// <summary>A client of the real server that keeps cookies and shows redirects rather than following them.</summary>
    public HttpClient CreateRealBrowser()
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = ClientOptions.BaseAddress,
        };
        _browsers.Add(browser);
        return browser;
    }

    public async Task<HttpClient> RealBrowserSignedInAsync(string email)
    {
        var browser = CreateRealBrowser();
        var response = await browser.SignInAsync(email, AccountSeeding.DemoPassword);
        return response.StatusCode == HttpStatusCode.Redirect
            ? browser
            : throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
    }

    public override async ValueTask DisposeAsync()
    {
        _browsers.ForEach(browser => browser.Dispose());
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class DashboardAccessTests(KestrelJobsApp app) : IClassFixture<KestrelJobsApp>
{
    [Fact]
    public void The_app_listens_on_the_loopback_address()
    {
        Assert.Equal("127.0.0.1", app.ClientOptions.BaseAddress.Host);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_and_back()
    {
        using var response = await app.CreateRealBrowser().GetAsync("/hangfire");

        Assert.Equal((HttpStatusCode.Redirect, "/Account/Login", "?ReturnUrl=%2Fhangfire"),
            (response.StatusCode, response.Headers.Location?.AbsolutePath, response.Headers.Location?.Query));
    }

    [Fact]
    public async Task Employee_gets_403_not_a_redirect()
    {
        var alex = await app.RealBrowserSignedInAsync(LeaveApp.AlexEmail);

        using var response = await alex.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Employee_is_shown_the_apps_own_access_denied_page_with_its_styles_and_a_403()
    {
        var alex = await app.RealBrowserSignedInAsync(LeaveApp.AlexEmail);

        using var response = await alex.GetAsync("/hangfire");
        var page = await response.ReadPageAsync();

        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(link => link.GetAttribute("href") ?? "").ToList();
        Assert.Equal((HttpStatusCode.Forbidden, "Access denied", true, true),
            (response.StatusCode, page.QuerySelector("main h1")?.TextContent.Trim(),
             stylesheets.Any(href => href.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal)),
             stylesheets.Any(href => href.StartsWith("app.", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Approver_who_is_not_an_admin_gets_403_on_a_dashboard_page_too()
    {
        var dana = await app.RealBrowserSignedInAsync(LeaveApp.DanaEmail);

        using var response = await dana.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Admin_sees_the_dashboard()
    {
        var admin = await app.RealBrowserSignedInAsync(LeaveApp.AdminEmail);

        using var response = await admin.GetAsync("/hangfire");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.OK, true), (response.StatusCode, page.Contains("LeaveBlazor background jobs", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Admin_sees_both_recurring_jobs_on_the_dashboard()
    {
        var admin = await app.RealBrowserSignedInAsync(LeaveApp.AdminEmail);

        var page = await admin.GetStringAsync("/hangfire/recurring");

        NonEmpty.All(["send-reminders", "dispatch-outbox"], job => Assert.Contains(job, page, StringComparison.Ordinal));
    }
}
