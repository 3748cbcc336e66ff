using System.Net;
using LeaveBlazor.Tests.Integration;

namespace LeaveBlazor.Tests.Backups;

/// <summary>Only admins take or see backups: the API refuses everyone else, and the page is not theirs.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class BackupAccessTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Theory]
    [InlineData(LeaveApp.AlexEmail)]
    [InlineData(LeaveApp.DanaEmail)]
    public async Task Backup_by_api_is_refused_with_403_to_anyone_but_an_admin(string email)
    {
        var browser = await app.SignedInAsync(email);

        using var response = await browser.PostAsync("/api/admin/backups", content: null);

        Assert.Equal((HttpStatusCode.Forbidden, false), (response.StatusCode, Directory.Exists(app.BackupFolder)));
    }

    [Fact]
    public async Task Backup_by_api_without_signing_in_is_refused_with_401()
    {
        using var response = await app.CreateBrowser().PostAsync("/api/admin/backups", content: null);

        Assert.Equal((HttpStatusCode.Unauthorized, false), (response.StatusCode, Directory.Exists(app.BackupFolder)));
    }

    [Fact]
    public async Task Backups_page_sends_someone_who_is_not_an_admin_to_access_denied()
    {
        var alex = await app.SignedInAsync(LeaveApp.AlexEmail);

        using var response = await alex.GetAsync("/admin/backups");

        Assert.Equal((HttpStatusCode.Found, "/Account/AccessDenied"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task Backups_page_offers_an_admin_the_button()
    {
        var admin = await app.SignedInAsync(LeaveApp.AdminEmail);

        var page = await admin.GetStringAsync("/admin/backups");

        Assert.Contains("Back up now", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backups_page_has_its_title_as_its_one_main_heading()
    {
        var admin = await app.SignedInAsync(LeaveApp.AdminEmail);

        var page = await admin.GetStringAsync("/admin/backups");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<h1[^>]*>\\s*Backups\\s*</h1>"));
    }
}
