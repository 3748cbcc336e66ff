using LeaveBlazor.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.ScaleOut;

/// <summary>
/// Another instance of the app, in this process, on <paramref name="first"/>'s database and clock (its own folder for
/// everything else: emails written to its own pickup folder, say).
/// </summary>
public sealed class SecondInstance(LeaveApp first) : LeaveApp
{
    public override bool OnPostgreSql => first.OnPostgreSql;

    protected override bool OwnsDatabase => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Leave", first.OnPostgreSql ? TestPostgres.ConnectionTo(first.PostgreSqlDatabase) : $"Data Source={first.DatabaseFile}");
        builder.ConfigureTestServices(services => services.AddSingleton(first.Services.GetRequiredService<TimeProvider>()));
    }
}
