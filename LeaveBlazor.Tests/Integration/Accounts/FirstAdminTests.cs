using System.Net;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>A first start in Production with the FirstAdmin settings filled in.</summary>
public sealed class FirstAdminStart : ProductionStarts
{
    public override Task InitializeAsync() => StartAsync(FirstAdmin());
}

/// <summary>Outside Development the only account made at start is the admin named in configuration.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class FirstAdminTests(FirstAdminStart start) : IClassFixture<FirstAdminStart>
{
    [Fact]
    public async Task Configured_admin_has_an_account_with_the_Admin_and_Employee_roles()
    {
        Assert.Equal([Roles.Admin, Roles.Employee], await start.App.RolesAsync(ProductionStarts.AdminEmail));
    }

    [Fact]
    public async Task Configured_admin_is_in_the_directory_under_the_configured_name()
    {
        var account = await start.App.AccountAsync(ProductionStarts.AdminEmail);

        var entry = await start.App.DirectoryEntryAsync(account?.Id ?? "");

        Assert.Equal(ProductionStarts.AdminName, entry?.DisplayName);
    }

    [Fact]
    public async Task No_one_but_the_configured_admin_is_created()
    {
        Assert.Equal(new PeopleCounts(Accounts: 1, DirectoryEntries: 1), await start.App.PeopleCountsAsync());
    }

    [Fact]
    public async Task Demo_admin_has_no_account()
    {
        Assert.Null(await start.App.AccountAsync(LeaveApp.AdminEmail));
    }

    [Fact]
    public async Task Configured_admin_signs_in_with_the_configured_password()
    {
        var response = await start.App.CreateCookieBrowser().SignInAsync(ProductionStarts.AdminEmail, ProductionStarts.AdminPassword);

        Assert.Equal((HttpStatusCode.Redirect, "/"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }
}
