using Microsoft.Data.Sqlite;
using Npgsql;

namespace LeaveBlazor.Bench.Infra;

/// <summary>The app database a part runs on: a SQLite file of the bench's, or a database on the bench's PostgreSQL cluster.</summary>
public sealed record BenchDatabase(string Provider, string ConnectionString)
{
    public static BenchDatabase Sqlite(string file) => new("Sqlite", $"Data Source={file}");

    public static BenchDatabase PostgreSql(string connectionString) => new("PostgreSQL", connectionString);

    public bool OnPostgreSql => Provider == "PostgreSQL";

    /// <summary>The app's settings for it; Hangfire's storage follows the database unless <paramref name="hangfireStorage"/> names one (SQLite only).</summary>
    public Dictionary<string, string> Settings(string hangfireStorage)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:Leave"] = ConnectionString,
        };
        if (!OnPostgreSql)
        {
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            settings["Hangfire:Storage"] = hangfireStorage;
            settings["Hangfire:SqliteFile"] = Path.ChangeExtension(file, ".hangfire.db");
        }

        return settings;
    }

    /// <summary>The one number a <c>SELECT COUNT(*) …</c> returns (identifiers in double quotes, which both engines read).</summary>
    public async Task<long> CountAsync(string sql)
    {
        if (!OnPostgreSql)
        {
            return await BulkRows.CountAsync(new SqliteConnectionStringBuilder(ConnectionString).DataSource, sql);
        }

        await using var db = new NpgsqlConnection(ConnectionString);
        await db.OpenAsync();
        await using var count = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
