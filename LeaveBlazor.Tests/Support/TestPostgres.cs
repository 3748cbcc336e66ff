using System.Diagnostics;
using Npgsql;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests' PostgreSQL variants run on: the one <c>.ci/run</c> started (its connection string,
/// without a database, in <c>LEAVEBLAZOR_TEST_POSTGRES</c>), or else a throwaway cluster this test run starts itself
/// with the same script (<c>deploy/postgres/throwaway.sh</c>) and stops when it ends. Each app gets a database of its own.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "LEAVEBLAZOR_TEST_POSTGRES";

    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(5);

    private static readonly Lazy<string> Server = new(ReadOrStart, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to <paramref name="database"/>, which the app creates at its first start.</summary>
    public static string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(Server.Value) { Database = database }.ConnectionString;

    /// <summary>Drops a test's database, ending whatever connections still hold it.</summary>
    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server.Value) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    private static string ReadOrStart()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(given) ? StartThrowawayCluster() : given;
    }

    private static string StartThrowawayCluster()
    {
        var script = Path.Combine(MailDevInstall.RepositoryRoot, "deploy", "postgres", "throwaway.sh");
        var started = Bash($"source '{script}' && postgres_install && postgres_start \"$(free_port 16432)\" -c fsync=off -c synchronous_commit=off "
            + "&& echo \"$POSTGRES_FOLDER\" && echo \"$POSTGRES_CONNECTION\"");
        var lines = started.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var folder = lines[^2];
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Bash($"source '{script}' && POSTGRES_FOLDER='{folder}' && postgres_stop");
        return lines[^1];
    }

    private static string Bash(string command)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("bash did not start.");
        var output = bash.StandardOutput.ReadToEndAsync();
        var errors = bash.StandardError.ReadToEndAsync();
        if (!bash.WaitForExit(StartBound) || bash.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL server for the tests: set {Variable} to a connection string (as .ci/run does), or install Debian's postgresql-15. {errors.Result}");
        }

        return output.Result;
    }
}
