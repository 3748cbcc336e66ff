using LeaveBlazor.Web.Jobs;

namespace LeaveBlazor.Web.Hosting;

/// <summary>
/// <c>dotnet LeaveBlazor.Web.dll health</c>: asks the app running in this container for /healthz and exits 0 when
/// it answers 200, for Docker's HEALTHCHECK (the runtime image has no curl). Degraded jobs still answer 200.
/// </summary>
public static class HealthProbe
{
    public const string Command = "health";

    public static bool IsRequested(string[] args) => args is [Command];

    public static async Task<int> RunAsync()
    {
        var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split(';', ',')[0].Trim();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync($"http://127.0.0.1:{port}{JobsSetup.HealthPath}");
            Console.WriteLine($"{JobsSetup.HealthPath} answered {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{JobsSetup.HealthPath} did not answer on port {port}: {failure.Message}");
            return 1;
        }
    }
}
