using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LeaveBlazor.Web.Data;

/// <summary>Which engine holds the app database: <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// <c>Database:Provider</c> and <c>ConnectionStrings:Leave</c>, read and checked before anything is registered (the
/// provider decides what is): a name we do not know or a connection string that does not parse stops the start with
/// one message naming the setting and what to write instead.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";

    public const string ConnectionKey = "ConnectionStrings:" + LeaveDataSetup.ConnectionName;

    /// <summary>The app database's file, as a full path; null for PostgreSQL or an in-memory SQLite database.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(ConnectionString).DataSource is var file && file != ":memory:"
        ? Path.GetFullPath(file)
        : null;

    /// <summary>The builder's settings, read and checked once and kept on the builder for every feature that needs them.</summary>
    public static DatabaseSettings Of(WebApplicationBuilder builder)
    {
        var properties = builder.Host.Properties;
        if (properties.TryGetValue(typeof(DatabaseSettings), out var read))
        {
            return (DatabaseSettings)read;
        }

        var settings = Read(builder.Configuration, builder.Environment.ContentRootPath);
        properties[typeof(DatabaseSettings)] = settings;
        return settings;
    }

    private static DatabaseSettings Read(IConfiguration configuration, string contentRoot)
    {
        var provider = ProviderOf(configuration[ProviderKey]);
        var configured = configuration.GetConnectionString(LeaveDataSetup.ConnectionName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw Refused(provider == DatabaseProvider.Sqlite
                ? $"{ConnectionKey} is empty: set it to a SQLite connection string such as \"Data Source=data/leave.db\"."
                : $"{ConnectionKey} is empty: set it to a PostgreSQL connection string such as \"Host=db.example.com;Database=leave;Username=leave;Password=…\".");
        }

        return new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? Sqlite(configured, contentRoot) : PostgreSql(configured));
    }

    private static DatabaseProvider ProviderOf(string? name) => name?.Trim() switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var sqlite when sqlite.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        var postgres when postgres.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || postgres.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
            => DatabaseProvider.PostgreSql,
        var other => throw Refused($"{ProviderKey} '{other}' is not a database LeaveBlazor runs on: use Sqlite (the embedded default) or PostgreSQL."),
    };

    /// <summary>Relative paths are under the content root, so the file does not move with the working folder.</summary>
    private static string Sqlite(string configured, string contentRoot)
    {
        SqliteConnectionStringBuilder connection;
        try
        {
            connection = new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException failure)
        {
            throw Refused($"{ConnectionKey} is not a SQLite connection string ({failure.Message}): write it as \"Data Source=data/leave.db\".");
        }

        if (string.IsNullOrWhiteSpace(connection.DataSource))
        {
            throw Refused($"{ConnectionKey} names no file: write it as \"Data Source=data/leave.db\".");
        }

        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
        {
            connection.DataSource = Path.Combine(contentRoot, connection.DataSource);
        }

        return connection.ToString();
    }

    private static string PostgreSql(string configured)
    {
        NpgsqlConnectionStringBuilder connection;
        try
        {
            connection = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (Exception failure) when (failure is ArgumentException or FormatException or InvalidCastException)
        {
            // The message names the keyword at fault, never the password.
            throw Refused($"{ConnectionKey} is not a PostgreSQL connection string ({failure.Message}): write it as \"Host=db.example.com;Database=leave;Username=leave;Password=…\".");
        }

        if (string.IsNullOrWhiteSpace(connection.Host))
        {
            throw Refused($"{ConnectionKey} names no server: add Host=… (the PostgreSQL server's name or address).");
        }

        if (string.IsNullOrWhiteSpace(connection.Database))
        {
            throw Refused($"{ConnectionKey} names no database: add Database=… (LeaveBlazor creates it at first start if the user may).");
        }

        return connection.ConnectionString;
    }

    private static OptionsValidationException Refused(string message) =>
        new("Database", typeof(DatabaseSettings), [message]);
}
