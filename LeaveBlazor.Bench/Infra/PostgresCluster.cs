namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// A throwaway PostgreSQL 15 cluster on a loopback port, made and removed by the same script the tests and the
/// scale-out demo use (<c>deploy/postgres/throwaway.sh</c>; it installs Debian's package when missing). The server
/// keeps PostgreSQL's default durability: every commit waits for its WAL to reach the disk, as in production.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string Script = "deploy/postgres/throwaway.sh";

    private readonly string _folder;

    private PostgresCluster(string connectionString, string folder)
    {
        ConnectionString = connectionString;
        _folder = folder;
    }

    /// <summary>The cluster's superuser on its port, with no database named.</summary>
    public string ConnectionString { get; }

    public string ConnectionTo(string database) => $"{ConnectionString};Database={database}";

    public static async Task<PostgresCluster> StartAsync()
    {
        var lines = await BashAsync($"""source {Script} && postgres_install && postgres_start "$(free_port 18432)" && printf '%s\n%s\n' "$POSTGRES_CONNECTION" "$POSTGRES_FOLDER" """);
        var printed = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new PostgresCluster(printed[^2], printed[^1]);
    }

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await BashAsync($"""source {Script} && POSTGRES_FOLDER='{_folder}' postgres_stop""");
    }

    private static Task<string> BashAsync(string script) => ChildProcess.OutputAsync(Script, "bash", ["-c", script], TimeSpan.FromMinutes(5));
}
