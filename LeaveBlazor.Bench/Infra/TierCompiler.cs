using System.Globalization;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// The CPU used by a process's tier-1 compiler, the runtime's background thread (".NET Tiered Com") that compiles hot
/// methods again, optimised, once they have been called often enough. While it is busy the app is still warming up,
/// and a measure taken then counts the JIT's work as the app's.
/// </summary>
public sealed class TierCompiler
{
    private const string ThreadName = ".NET Tiered Com";

    // /proc counts CPU in USER_HZ ticks, 100 a second on Linux whatever the kernel's own tick.
    private const double TicksPerSecond = 100;

    private readonly Dictionary<string, long> _ticksByThread;

    private TierCompiler(Dictionary<string, long> ticksByThread) => _ticksByThread = ticksByThread;

    public static TierCompiler Now(int processId)
    {
        var ticks = new Dictionary<string, long>();
        foreach (var thread in Directory.EnumerateDirectories($"/proc/{processId}/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(thread, "comm")).TrimEnd('\n') != ThreadName)
                {
                    continue;
                }

                // "tid (name) state ppid …": utime and stime are the 14th and 15th fields; a name may hold spaces, so count after its ')'.
                var stat = File.ReadAllText(Path.Combine(thread, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[Path.GetFileName(thread)] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended meanwhile: the runtime lets it go when there is nothing to compile.
            }
        }

        return new TierCompiler(ticks);
    }

    /// <summary>The compiler's CPU since <paramref name="before"/>, counting a thread started since then from zero.</summary>
    public TimeSpan CpuSince(TierCompiler before) => TimeSpan.FromSeconds(
        _ticksByThread.Sum(thread => thread.Value - before._ticksByThread.GetValueOrDefault(thread.Key)) / TicksPerSecond);
}
