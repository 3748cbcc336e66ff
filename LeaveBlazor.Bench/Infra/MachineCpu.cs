using System.Globalization;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// The whole machine's CPU from <c>/proc/stat</c>: what the app, the database, the proxy and the bench's own clients
/// used together, to tell a machine that ran out of cores from an app that waited on something else.
/// </summary>
public readonly record struct MachineCpu(long Busy, long Total)
{
    public static MachineCpu Now()
    {
        // "cpu  user nice system idle iowait irq softirq steal …", in clock ticks since boot.
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var idle = ticks[3] + ticks[4];
        var total = ticks.Take(8).Sum();
        return new MachineCpu(total - idle, total);
    }

    /// <summary>How many of the machine's cores were busy on average since <paramref name="before"/>.</summary>
    public double BusyCoresSince(MachineCpu before) =>
        Total == before.Total ? 0 : (double)(Busy - before.Busy) / (Total - before.Total) * Environment.ProcessorCount;
}
