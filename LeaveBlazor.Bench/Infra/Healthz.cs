using System.Diagnostics;

namespace LeaveBlazor.Bench.Infra;

/// <summary>Waiting for a process the bench started to answer <c>/healthz</c> with a success.</summary>
public static class Healthz
{
    /// <param name="errors">What the process said on stderr so far, for the message if it exits or never answers.</param>
    public static async Task WaitAsync(Uri baseAddress, Process process, string name, TimeSpan timeout, Func<string> errors)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {process.ExitCode} while starting: {errors()}");
            }

            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{name} did not answer /healthz within {timeout.TotalSeconds} s: {errors()}");
    }
}
