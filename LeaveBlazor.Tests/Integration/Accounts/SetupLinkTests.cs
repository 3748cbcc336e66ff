using System.Net;
using System.Text.RegularExpressions;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>A first start in Production with no admin and no FirstAdmin settings: the app logs a setup link.</summary>
public sealed class SetupLinkStart : ProductionStarts
{
    public override Task InitializeAsync() => StartAsync(new Dictionary<string, string?>());

    /// <summary>The path of the link the app logged, as an operator copies it from the log.</summary>
    public string LoggedSetupPath()
    {
        // Greedy to the token's last character: a \b there would back off a trailing '-' (1 token in 64) and cut the link.
        var links = Regex.Matches(App.Log.AllText, @"http://localhost:5289(/setup/[A-Za-z0-9_-]{80,})(?![A-Za-z0-9_-])").Select(match => match.Groups[1].Value).Distinct();
        return Assert.Single(links);
    }
}

/// <summary>The whole walk through the link, in order, on one start: it changes the app for good.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class SetupLinkTests(SetupLinkStart start) : IClassFixture<SetupLinkStart>
{
    private const string Password = "Set-up-by-link-1";

    [Fact]
    public async Task Logged_link_creates_the_first_admin_once_and_signs_them_in()
    {
        var path = start.LoggedSetupPath();
        var browser = start.App.CreateCookieBrowser();

        using var weak = await browser.FillInAndPostAsync(path, Setup("it@example.com", "short"));
        Assert.Contains("Use at least 8 characters", await weak.Content.ReadAsStringAsync());
        Assert.Equal(new PeopleCounts(Accounts: 0, DirectoryEntries: 0), await start.App.PeopleCountsAsync());

        using var created = await browser.FillInAndPostAsync(path, Setup("it@example.com", Password));
        Assert.Equal((HttpStatusCode.Redirect, "/admin/users"), (created.StatusCode, created.Headers.Location?.AbsolutePath));
        using var usersPage = await browser.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, usersPage.StatusCode);
        Assert.Equal(["it@example.com"], await start.App.EmailsInRoleAsync(Roles.Admin));

        using var again = await start.App.CreateCookieBrowser().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("LeaveBlazor is already set up", await again.Content.ReadAsStringAsync());
        Assert.Equal(new PeopleCounts(Accounts: 1, DirectoryEntries: 1), await start.App.PeopleCountsAsync());
    }

    private static Dictionary<string, string> Setup(string email, string password) => new()
    {
        ["Input.DisplayName"] = "Iris IT",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };
}

/// <summary>A link that was not logged opens nothing.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class WrongSetupLinkTests(UnconfiguredStart start) : IClassFixture<UnconfiguredStart>
{
    [Theory]
    [InlineData("/setup/not-the-token")]
    [InlineData("/setup/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Unknown_token_shows_no_form_and_says_where_the_link_is(string path)
    {
        using var response = await start.App.CreateCookieBrowser().GetAsync(path);
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(page.QuerySelector("form[method=post]"));
        Assert.Contains("Copy the whole link the app wrote to its log", page.Body?.TextContent);
    }

    [Fact]
    public void Log_says_how_to_make_the_first_admin_with_the_public_address()
    {
        Assert.Contains("No admin account exists yet. Open http://localhost:5289/setup/", start.App.Log.AllText, StringComparison.Ordinal);
    }
}
