using System.Text.Json;
using System.Text.RegularExpressions;

namespace LeaveBlazor.Tests.Deploy;

/// <summary>What the repository's Dockerfile says about building and running the app, read from the file itself.</summary>
public sealed record DockerfileRecipe(string PublishCommand, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> Entrypoint,
    IReadOnlyList<string> HealthCheck, string User, string DataVolume)
{
    public static DockerfileRecipe Read(string path)
    {
        // Continuation lines joined, so ENV and RUN read as one instruction each.
        var lines = File.ReadAllText(path).Replace("\\\n", " ").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        string Instruction(string name, string? containing = null) =>
            lines.Single(l => l.StartsWith(name + " ", StringComparison.Ordinal) && (containing is null || l.Contains(containing, StringComparison.Ordinal)))[(name.Length + 1)..].Trim();

        var environment = Regex.Matches(string.Join(" ", lines.Where(l => l.StartsWith("ENV ", StringComparison.Ordinal)).Select(l => l[4..])),
                """(\w+)=("[^"]*"|\S+)""")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim('"'));
        var healthCheck = Instruction("HEALTHCHECK");
        return new DockerfileRecipe(
            Instruction("RUN", "dotnet publish"),
            environment,
            JsonSerializer.Deserialize<string[]>(Instruction("ENTRYPOINT"))!,
            JsonSerializer.Deserialize<string[]>(healthCheck[(healthCheck.IndexOf("CMD ", StringComparison.Ordinal) + 4)..])!,
            Instruction("USER"),
            Instruction("VOLUME"));
    }
}
