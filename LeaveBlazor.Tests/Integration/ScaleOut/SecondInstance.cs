using LeaveBlazor.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace LeaveBlazor.Tests.Integration.ScaleOut;

/// <summary>Another instance of the app, in this process, on <paramref name="first"/>'s database (its own folder for everything else).</summary>
public sealed class SecondInstance(LeaveApp first) : LeaveApp
{
    public override bool OnPostgreSql => first.OnPostgreSql;

    protected override bool OwnsDatabase => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Leave", first.OnPostgreSql ? TestPostgres.ConnectionTo(first.PostgreSqlDatabase) : $"Data Source={first.DatabaseFile}");
    }
}
