namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>A first start in Production with the FirstAdmin settings left empty, as appsettings.json ships.</summary>
public sealed class UnconfiguredStart : ProductionStarts
{
    public override Task InitializeAsync() => StartAsync(new Dictionary<string, string?>());
}

[Collection(LeaveAppCollection.Name)]
public sealed class UnconfiguredStartTests(UnconfiguredStart start) : IClassFixture<UnconfiguredStart>
{
    [Fact]
    public async Task Start_without_a_first_admin_creates_no_account_and_no_directory_entry()
    {
        Assert.Equal(new PeopleCounts(Accounts: 0, DirectoryEntries: 0), await start.App.PeopleCountsAsync());
    }
}
