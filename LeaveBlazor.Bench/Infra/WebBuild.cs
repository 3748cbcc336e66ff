namespace LeaveBlazor.Bench.Infra;

/// <summary>Where the Web project's build output is: beside the bench's own, in the same configuration.</summary>
public static class WebBuild
{
    public static string OutputFolder { get; } = Locate();

    private static string Locate()
    {
        // The bench runs from LeaveBlazor.Bench/bin/<Configuration>/<framework>/.
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = framework.Parent!;
        var repository = configuration.Parent!.Parent!.Parent!;
        var folder = Path.Combine(repository.FullName, "LeaveBlazor.Web", "bin", configuration.Name, framework.Name);
        return File.Exists(Path.Combine(folder, "LeaveBlazor.Web.dll"))
            ? folder
            : throw new InvalidOperationException($"The app is not built at {folder}: run bench/run, which builds it first.");
    }
}
