using Hangfire.Storage.SQLite;
using LeaveBlazor.Web.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Jobs;

/// <summary>The job-storage check against Hangfire's real SQLite storage on a file in a temp folder, without the app.</summary>
public sealed class JobStorageHealthCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("leaveblazor-job-storage-").FullName;

    private string File => Path.Combine(_folder, "hangfire.db");

    [Fact]
    public async Task Storage_that_answers_is_healthy_with_its_kind_and_file_name()
    {
        using var storage = new SQLiteStorage(File);

        var result = await CheckAsync(storage);

        Assert.Equal((HealthStatus.Healthy, "SQLite", "hangfire.db", 0),
            (result.Status, result.Data["storage"], result.Data["file"], result.Data["recurringJobs"]));
    }

    [Fact]
    public async Task Storage_that_does_not_answer_is_degraded_and_names_only_the_exception_type()
    {
        var storage = new SQLiteStorage(File);
        storage.Dispose();

        var result = await CheckAsync(storage);
        var shown = result.Description + string.Join(" ", result.Data.Select(entry => $"{entry.Key}={entry.Value}"));

        Assert.Equal((HealthStatus.Degraded, "Hangfire's SQLite storage did not answer (ObjectDisposedException).", false),
            (result.Status, result.Description, shown.Contains(_folder, StringComparison.Ordinal)));
    }

    private Task<HealthCheckResult> CheckAsync(SQLiteStorage storage) =>
        new JobStorageHealthCheck(storage, Options.Create(new HangfireOptions { Storage = HangfireOptions.SQLite, SqliteFile = File }), NullLogger<JobStorageHealthCheck>.Instance)
            .CheckHealthAsync(new HealthCheckContext());

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
