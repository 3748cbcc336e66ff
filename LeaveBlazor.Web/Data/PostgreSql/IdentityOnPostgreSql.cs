using LeaveBlazor.Core.Data.PostgreSql;
using LeaveBlazor.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LeaveBlazor.Web.Data.PostgreSql;

public static class IdentityOnPostgreSql
{
    /// <summary>Identity's context on the app's PostgreSQL database; whoever asks for <see cref="IdentityDb"/> gets it.</summary>
    public static IServiceCollection AddIdentityOnPostgreSql(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<PostgreSqlIdentityDb>(options => options.UseIdentityOnPostgreSql(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<IdentityDb>(provider => provider.GetRequiredService<PostgreSqlIdentityDb>());
        return services;
    }

    public static DbContextOptionsBuilder UseIdentityOnPostgreSql(this DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, postgres => postgres.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable))
        .AddInterceptors(PostgreSqlDatabase.Interceptors());
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgreSqlIdentityDb</c> build the context without the web host or a server.</summary>
internal sealed class PostgreSqlIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlIdentityDb>
{
    public PostgreSqlIdentityDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlIdentityDb>();
        options.UseIdentityOnPostgreSql("Host=localhost;Database=leaveblazor_design_time").UseApplicationServiceProvider(IdentitySetup.ModelServices);
        return new PostgreSqlIdentityDb(options.Options);
    }
}
