using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Hosting;

/// <summary>How a start refused over its settings ends: each problem on a line of its own on stderr, and exit code 1.</summary>
public static class StartRefusal
{
    public const int ExitCode = 1;

    /// <summary>
    /// True when the integration tests host the app in their process (WebApplicationFactory): there the refusal must
    /// reach the test as the exception it is, not end the entry point quietly.
    /// </summary>
    public static bool InTestHost { get; } =
        AppDomain.CurrentDomain.GetAssemblies().Any(assembly => assembly.GetName().Name == "Microsoft.AspNetCore.Mvc.Testing");

    public static int Report(OptionsValidationException refused)
    {
        foreach (var problem in refused.Failures)
        {
            Console.Error.WriteLine($"LeaveBlazor cannot start: {problem}");
        }

        return ExitCode;
    }
}
