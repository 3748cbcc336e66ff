using LeaveBlazor.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace LeaveBlazor.Tests.Hosting;

/// <summary>Development keeps its files (and its demo people) apart from any other environment's.</summary>
public sealed class EnvironmentSettingsTests
{
    [Theory]
    [InlineData("Development", "Data Source=data/development/leave.db", "data/development/hangfire.db", "data/development/mail-pickup", "data/development/backups")]
    [InlineData("Production", "Data Source=data/leave.db", "data/hangfire.db", "data/mail-pickup", "data/backups")]
    [InlineData("Staging", "Data Source=data/leave.db", "data/hangfire.db", "data/mail-pickup", "data/backups")]
    public void Each_environment_has_its_default_files(string environment, string database, string hangfire, string pickup, string backups)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = AppContext.BaseDirectory });

        builder.AddTopLevelSettings();

        Assert.Equal((database, hangfire, pickup, backups), (builder.Configuration.GetConnectionString("Leave"), builder.Configuration["Hangfire:SqliteFile"],
            builder.Configuration["Smtp:PickupFolder"], builder.Configuration["Backup:Folder"]));
    }
}
