using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>Two starts in Production with the same FirstAdmin settings, as after an ordinary restart.</summary>
public sealed class FirstAdminRestart : ProductionStarts
{
    public override async Task InitializeAsync()
    {
        await StartAsync(FirstAdmin());
        await StartAsync(FirstAdmin());
    }
}

/// <summary>A start with FirstAdmin pointing at someone else, after the first admin was made.</summary>
public sealed class ChangedFirstAdminRestart : ProductionStarts
{
    public const string OtherEmail = "second.admin@leaveblazor.test";

    public override async Task InitializeAsync()
    {
        await StartAsync(FirstAdmin());
        await StartAsync(FirstAdmin(OtherEmail));
    }
}

/// <summary>The first admin is made once: later starts find an admin and leave the accounts alone.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class FirstAdminRestartTests(FirstAdminRestart restart) : IClassFixture<FirstAdminRestart>
{
    [Fact]
    public async Task Restart_with_the_same_settings_creates_no_other_account()
    {
        Assert.Equal(new PeopleCounts(Accounts: 1, DirectoryEntries: 1), await restart.App.PeopleCountsAsync());
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class ChangedFirstAdminRestartTests(ChangedFirstAdminRestart restart) : IClassFixture<ChangedFirstAdminRestart>
{
    [Fact]
    public async Task Restart_naming_another_first_admin_creates_no_second_admin()
    {
        Assert.Equal([ProductionStarts.AdminEmail], await restart.App.EmailsInRoleAsync(Roles.Admin));
    }
}
