namespace LeaveBlazor.Bench.Infra;

/// <summary>Where the Web project's build output is: beside the bench's own, in the same configuration.</summary>
public static class WebBuild
{
    // The bench runs from LeaveBlazor.Bench/bin/<Configuration>/<framework>/.
    private static readonly DirectoryInfo Framework = new(AppContext.BaseDirectory);

    /// <summary>The repository the bench was built in (its scripts are there).</summary>
    public static string RepositoryFolder { get; } = Framework.Parent!.Parent!.Parent!.Parent!.FullName;

    public static string OutputFolder { get; } = Locate();

    private static string Locate()
    {
        var configuration = Framework.Parent!;
        var folder = Path.Combine(RepositoryFolder, "LeaveBlazor.Web", "bin", configuration.Name, Framework.Name);
        return File.Exists(Path.Combine(folder, "LeaveBlazor.Web.dll"))
            ? folder
            : throw new InvalidOperationException($"The app is not built at {folder}: run bench/run, which builds it first.");
    }
}
