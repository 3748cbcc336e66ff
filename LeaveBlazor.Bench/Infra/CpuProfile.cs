using System.Text.RegularExpressions;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// Reads the text of `perf script` (CPU samples of the app with their stacks, JIT-compiled methods named through the
/// runtime's perf map) and prints where the CPU went: by the library whose code was running, and by the nearest frame
/// of our own code.
/// </summary>
public static partial class CpuProfile
{
    // The first of these found from the leaf up names the sample: a sample in malloc called by SQLite is SQLite's.
    private static readonly (string Name, string Marker)[] Libraries =
    [
        ("EF Core", "Microsoft.EntityFrameworkCore"),
        ("Microsoft.Data.Sqlite", "Microsoft.Data.Sqlite"),
        ("SQLitePCLRaw", "SQLitePCL"),
        ("SQLite (native)", "libe_sqlite3"),
        ("ASP.NET Core", "Microsoft.AspNetCore"),
        ("MimeKit", "MimeKit"),
        ("MailKit", "MailKit"),
        ("Hangfire", "Hangfire"),
        ("System.Text.Json", "System.Text.Json"),
        ("Dependency injection", "Microsoft.Extensions.DependencyInjection"),
        ("Logging", "Microsoft.Extensions.Logging"),
        ("LINQ expressions", "System.Linq.Expressions"),
        ("OpenSSL", "libcrypto"),
        ("LeaveBlazor", "LeaveBlazor."),
    ];

    // Only when no library above is on the stack: runtime, JIT, kernel and C library work of their own.
    private static readonly (string Name, string Marker)[] Underneath =
    [
        ("JIT compiler", "libclrjit"),
        ("Runtime (GC, type system, stubs)", "libcoreclr"),
        ("Kernel", "kernel.kallsyms"),
        ("C library", "libc.so"),
        ("Base class library", "System."),
    ];

    public static void Print(string perfScriptFile, int top = 25)
    {
        var byLibrary = new Dictionary<string, int>(StringComparer.Ordinal);
        var byOurFrame = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var frames in Samples(perfScriptFile))
        {
            total++;
            var library = frames.Select(f => Libraries.FirstOrDefault(l => f.Contains(l.Marker, StringComparison.Ordinal)).Name).FirstOrDefault(n => n is not null)
                ?? Underneath.FirstOrDefault(u => frames[0].Contains(u.Marker, StringComparison.Ordinal)).Name
                ?? "Other";
            byLibrary[library] = byLibrary.GetValueOrDefault(library) + 1;
            var ours = frames.Select(OwnMethod).FirstOrDefault(m => m is not null) ?? "(no frame of ours: the framework's own work)";
            byOurFrame[ours] = byOurFrame.GetValueOrDefault(ours) + 1;
        }

        Console.WriteLine($"{total} CPU samples in {perfScriptFile}");
        PrintTop("CPU, by the library running (the first on the stack from the leaf)", byLibrary, total, top);
        PrintTop("CPU, by the nearest frame of LeaveBlazor's own code", byOurFrame, total, top);
    }

    private static IEnumerable<List<string>> Samples(string file)
    {
        var frames = new List<string>();
        var header = true;
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                if (frames.Count > 0)
                {
                    yield return frames;
                }

                frames = [];
                header = true;
            }
            else if (header)
            {
                header = false;
            }
            else
            {
                frames.Add(line.Trim());
            }
        }

        if (frames.Count > 0)
        {
            yield return frames;
        }
    }

    private static string? OwnMethod(string frame)
    {
        var method = ManagedMethod().Match(frame);
        return method.Success && method.Groups[1].Value.StartsWith("LeaveBlazor.", StringComparison.Ordinal) ? method.Groups[1].Value : null;
    }

    private static void PrintTop(string title, Dictionary<string, int> samples, int total, int top)
    {
        Console.WriteLine($"\n{title}:");
        foreach (var (name, count) in samples.OrderByDescending(s => s.Value).Take(top))
        {
            Console.WriteLine($"{100.0 * count / total,6:0.0}%  {(name.Length > 160 ? name[..160] + "…" : name)}");
        }
    }

    // A perf-map frame: "… [Assembly] Namespace.Type+<Method>d__8::MoveNext()[OptimizedTier1]+0x1c0 (/tmp/perf-123.map)".
    [GeneratedRegex(@"\] ([\w.`+<>|]+::[\w.`<>|]+)\(")]
    private static partial Regex ManagedMethod();
}
