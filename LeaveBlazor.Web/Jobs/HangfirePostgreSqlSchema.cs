using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace LeaveBlazor.Web.Jobs;

/// <summary>
/// Hangfire's storage in the <c>hangfire</c> schema of the app's PostgreSQL database, shared by every instance: their
/// servers take jobs from one queue and one schedule, so each recurring job fires once per schedule across them.
/// The schema is created or upgraded at start by Hangfire itself.
/// </summary>
public static class HangfirePostgreSqlSchema
{
    public const string SchemaName = "hangfire";

    public static PostgreSqlStorage Open(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = SchemaName,
            PrepareSchemaIfNecessary = true,

            // The default is 15 s between looks at the queue: a job enqueued now would wait that long.
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
