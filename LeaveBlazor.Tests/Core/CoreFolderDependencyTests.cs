using System.Text.RegularExpressions;

namespace LeaveBlazor.Tests.Core;

/// <summary>
/// Core's folders depend in one direction, each only on those below it, so a rule has one home and a second database
/// engine can sit beside SQLite's: the order is the one docs/architecture.md draws.
/// </summary>
public sealed partial class CoreFolderDependencyTests
{
    // Lower may not use higher. Data (persistence) knows no feature; only the composition root picks the engine.
    private static readonly Dictionary<string, int> Rank = new()
    {
        ["Rules"] = 0,
        ["Data"] = 0,
        ["Calendars"] = 1,
        ["Policies"] = 1,
        ["People"] = 2,
        ["Leave"] = 3,
        ["Notifications"] = 4,
        ["Audit"] = 4,
        ["Decisions"] = 5,
        ["Reminders"] = 5,
        ["Balances"] = 5,
        ["Away"] = 5,
        ["Feeds"] = 6,
        ["Workflow"] = 7,
    };

    // Each database engine's folder under Data: only the composition root (the host) picks one.
    private static readonly string[] Engines = ["Sqlite", "PostgreSql"];

    [Fact]
    public void Every_folder_uses_only_folders_below_it()
    {
        var uses = CoreSources().SelectMany(source => UsingsOf(source).Select(used => (source.Folder, Used: used))).ToList();

        Assert.NotEmpty(uses);
        Assert.Empty(uses.Where(u => !Allowed(u.Folder, u.Used)).Select(u => $"{u.Folder} uses {u.Used}").Distinct());
    }

    [Fact]
    public void Only_the_composition_root_and_its_own_folder_name_an_engine()
    {
        var naming = CoreSources().Where(s => s.Folder.Length > 0).SelectMany(s => Engines.Where(engine => s.Folder != $"Data/{engine}" && s.Text.Contains($"LeaveBlazor.Core.Data.{engine}", StringComparison.Ordinal))
            .Select(engine => $"{s.Path} names {engine}"));

        Assert.Empty(naming);
    }

    private static bool Allowed(string folder, string used) =>
        folder.Length == 0 // LeaveWorkflow.cs registers everything
        || used == folder.Split('/')[0]
        || (Engines.Any(engine => folder == $"Data/{engine}") && used == "Data")
        || (Rank.TryGetValue(folder.Split('/')[0], out var from) && Rank.TryGetValue(used, out var to) && to < from);

    private static IEnumerable<string> UsingsOf((string Folder, string Path, string Text) source) =>
        CoreUsing().Matches(source.Text).Select(m => m.Groups[1].Value.Replace('.', '/')).Select(n => Engines.FirstOrDefault(engine => n.StartsWith($"Data/{engine}", StringComparison.Ordinal)) is { } engine ? $"Data/{engine}" : n.Split('/')[0]);

    private static IEnumerable<(string Folder, string Path, string Text)> CoreSources()
    {
        var core = Path.Combine(RepositoryRoot(), "LeaveBlazor.Core");
        return Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(core, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal) && !path.Contains("/Migrations/", StringComparison.Ordinal))
            .Select(path => (Folder: Path.GetDirectoryName(path)!.Replace('\\', '/'), Path: path, Text: File.ReadAllText(Path.Combine(core, path))));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LeaveBlazor.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("LeaveBlazor.sln not found above the test output.");
    }

    [GeneratedRegex(@"^using LeaveBlazor\.Core\.([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex CoreUsing();
}
