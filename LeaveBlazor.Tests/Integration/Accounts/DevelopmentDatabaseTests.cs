using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity.FirstStart;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>A start in Development, which seeds the demo people, then a start in Production on the same file.</summary>
public sealed class DevelopmentThenProduction : ProductionStarts
{
    public LogCapture DevelopmentLog { get; private set; } = new();

    public Exception? ProductionRefusal { get; private set; }

    public override async Task InitializeAsync()
    {
        await StartAsync(new Dictionary<string, string?>(), "Development");
        DevelopmentLog = App.Log;
        ProductionRefusal = await Record.ExceptionAsync(() => StartAsync(new Dictionary<string, string?>()));
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class DevelopmentDatabaseTests(DevelopmentThenProduction starts) : IClassFixture<DevelopmentThenProduction>
{
    [Fact]
    public void Production_refuses_a_database_whose_demo_accounts_keep_the_published_password()
    {
        var refusal = Assert.IsType<UnsafeStartException>(starts.ProductionRefusal);

        Assert.StartsWith("Refusing to start in Production: admin@leaveblazor.test, dana@leaveblazor.test, alex@leaveblazor.test, sam@leaveblazor.test still have the demo password", refusal.Message);
        Assert.Contains("ConnectionStrings:Leave", refusal.Message);
    }

    [Fact]
    public void Neither_the_refusal_nor_the_Development_log_shows_the_demo_password()
    {
        Assert.DoesNotContain(DemoPeople.Password, starts.ProductionRefusal?.Message ?? "");
        Assert.Contains("Seeded the demo accounts", starts.DevelopmentLog.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoPeople.Password, starts.DevelopmentLog.AllText, StringComparison.Ordinal);
    }
}
