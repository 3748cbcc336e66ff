using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// Reads a dotnet-trace file of the gc-verbose profile (an allocation sample about every 100 KB, with its stack) and
/// prints where the bytes went: by type, and by the nearest frame of our own code.
/// </summary>
public static class AllocationProfile
{
    private const string OurCode = "LeaveBlazor.";

    public static void Print(string traceFile, int top = 25)
    {
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(traceFile));
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        var byOurFrame = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var traced in log.Events)
        {
            if (traced is not GCAllocationTickTraceData sample)
            {
                continue;
            }

            var bytes = sample.AllocationAmount64;
            total += bytes;
            byType[sample.TypeName] = byType.GetValueOrDefault(sample.TypeName) + bytes;
            var ours = NearestOwnFrame(sample.CallStack()) ?? "(no frame of ours: the framework's own work)";
            byOurFrame[ours] = byOurFrame.GetValueOrDefault(ours) + bytes;
        }

        Console.WriteLine($"{total / 1048576.0:0} MiB sampled in {traceFile}");
        PrintTop("Allocated, by type", byType, total, top);
        PrintTop("Allocated, by the nearest frame of LeaveBlazor's own code", byOurFrame, total, top);
    }

    private static string? NearestOwnFrame(TraceCallStack? stack)
    {
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            var method = frame.CodeAddress.FullMethodName;
            if (method.StartsWith(OurCode, StringComparison.Ordinal))
            {
                return method;
            }
        }

        return null;
    }

    private static void PrintTop(string title, Dictionary<string, long> bytes, long total, int top)
    {
        Console.WriteLine($"\n{title}:");
        foreach (var (name, amount) in bytes.OrderByDescending(b => b.Value).Take(top))
        {
            Console.WriteLine($"{100.0 * amount / total,6:0.0}%  {(name.Length > 160 ? name[..160] + "…" : name)}");
        }
    }
}
