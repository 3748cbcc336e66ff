using System.Diagnostics;

namespace LeaveBlazor.Bench.Infra;

/// <summary>A command the bench runs to its end from the repository's folder (where the tool manifest is): its output, or an exception with its errors.</summary>
public static class ChildProcess
{
    /// <param name="name">How errors name the command.</param>
    public static async Task<string> OutputAsync(string name, string fileName, IEnumerable<string> arguments, TimeSpan bound)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = WebBuild.RepositoryFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{name} did not finish within {bound.TotalMinutes:0} minutes.");
        }

        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{name} failed ({process.ExitCode}): {await errors}{await output}");
    }
}
