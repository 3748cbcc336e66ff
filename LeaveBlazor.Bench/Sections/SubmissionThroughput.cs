using System.Diagnostics;
using LeaveBlazor.Bench.Infra;

namespace LeaveBlazor.Bench.Sections;

/// <summary>What one level of load achieved.</summary>
public sealed record LoadResult(int Clients, int Submissions, TimeSpan Elapsed, Latencies Latencies, long AllocatedBytes, TimeSpan AppCpu, double MachineBusyCores)
{
    public double PerSecond => Submissions / Elapsed.TotalSeconds;
}

/// <summary>
/// 1. N concurrent API clients, each a different employee, submitting valid requests as fast as the app answers;
/// beside it the raw SQLite rates (<see cref="RawSqliteInserts"/>). Also the app's allocations and CPU per submission (6. Memory).
/// </summary>
public static class SubmissionThroughput
{
    public static async Task RunAsync(AppProcess app, ApiClient api, People people, string appDatabase, Workspace workspace, BenchSizes sizes, Report report)
    {
        // Warm the app up before anything counts: until the JIT has tiered up the hot paths, it takes a third of the CPU.
        await LoadAsync([app], api, people, clients: Math.Min(8, people.EmployeeEmails.Count), sizes.WarmUp);
        await KeepWarmingWhileCompilingAsync(app, api, people, sizes.WarmUp);

        var results = new List<LoadResult>();
        foreach (var clients in sizes.Clients)
        {
            results.Add(await LoadAsync([app], api, people, clients, sizes.LoadDuration));
        }

        var raw = await RawSqliteInserts.MeasureAsync(appDatabase, workspace.File("raw-inserts.db"), sizes.LoadDuration);
        foreach (var result in results)
        {
            // Against what the same rows cost written raw (target ≥ 0.3), and against one raw row (the earlier target, ≥ 0.5).
            var ratio = result.PerSecond / raw.SubmissionShapedTransactions;
            report.Add(new Figure(
                $"1. Submissions/s, {result.Clients} client(s)",
                $"{Report.Number(result.PerSecond)}/s ({result.Latencies.Summary()})",
                $"{Report.Number(raw.SubmissionShapedTransactions)} submission-shaped tx/s · {Report.Number(raw.SingleRowInserts)} single-row INSERT tx/s",
                $"{Report.Number(ratio, "0.000")} · {Report.Number(result.PerSecond / raw.SingleRowInserts, "0.000")}",
                "≥ 0.3 of submission-shaped",
                ratio >= 0.3));
        }

        var busiest = results.MaxBy(r => r.PerSecond)!;
        var perSubmission = busiest.AppCpu.TotalMicroseconds / busiest.Submissions;
        var rawPerSubmission = 1_000_000 / raw.SubmissionShapedTransactions;
        report.Add(new Figure(
            "1. App CPU per submission, its 2 emails included (busiest level)",
            $"{Report.Number(perSubmission)} µs",
            $"{Report.Number(rawPerSubmission)} µs per submission-shaped raw tx",
            Report.Number(rawPerSubmission / perSubmission, "0.000"),
            "≤ 1,000 µs",
            perSubmission <= 1_000));
        var allocation = results.FirstOrDefault(r => r.Clients == 8) ?? results[^1];
        var allocatedKiB = allocation.AllocatedBytes / (double)allocation.Submissions / 1024;
        report.Add(new Figure(
            $"6. Allocated per submission ({allocation.Clients} clients, incl. its 2 emails sent)",
            $"{Report.Number(allocatedKiB, "0.0")} KiB", Target: "≤ 100 KiB", Met: allocatedKiB <= 100));
    }

    /// <summary>
    /// Goes on with the warm-up's load, a tenth of it at a time and at most as long again, until the tier-1 compiler used
    /// under 2% of the app's CPU in one stretch, and says so: <c>bench/profile</c> starts recording at that line. On a
    /// machine running at half speed (6 Dec) a fixed wait had it record the warm-up, the JIT a quarter of the profile.
    /// </summary>
    private static async Task KeepWarmingWhileCompilingAsync(AppProcess app, ApiClient api, People people, TimeSpan warmUp)
    {
        var stretch = warmUp / 10;
        var extra = TimeSpan.Zero;
        double share;
        do
        {
            var before = TierCompiler.Now(app.ProcessId);
            var load = await LoadAsync([app], api, people, clients: Math.Min(8, people.EmployeeEmails.Count), stretch);
            share = load.AppCpu > TimeSpan.Zero ? TierCompiler.Now(app.ProcessId).CpuSince(before) / load.AppCpu : 0;
            extra += load.Elapsed;
        }
        while (share >= 0.02 && extra < warmUp);

        Console.WriteLine($"    tier-1 compiler at {share:P0} of the app's CPU in the last stretch, after {extra.TotalSeconds:0} s more warm-up");
    }

    /// <summary>One level of load on the app instances <paramref name="api"/> reaches; CPU and allocations are theirs together.</summary>
    public static async Task<LoadResult> LoadAsync(IReadOnlyList<AppProcess> apps, ApiClient api, People people, int clients, TimeSpan duration)
    {
        var allocatedBefore = await AllocatedBytesAsync(apps);
        var cpuBefore = CpuTime(apps);
        var machineBefore = MachineCpu.Now();
        var clock = Stopwatch.StartNew();
        // Each client takes turns among people of its own, so nobody's requests run years ahead at one client.
        var workers = Enumerable.Range(0, clients).Select(async client =>
        {
            var own = people.EmployeeEmails.Where((_, i) => i % clients == client).ToList();
            var latencies = new List<double>();
            while (clock.Elapsed < duration)
            {
                latencies.Add((await api.SubmitAsync(own[latencies.Count % own.Count])).Milliseconds);
            }

            return latencies;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        var elapsed = clock.Elapsed;
        var cpu = CpuTime(apps) - cpuBefore;
        var machine = MachineCpu.Now().BusyCoresSince(machineBefore);
        var allocated = await AllocatedBytesAsync(apps) - allocatedBefore;
        Console.WriteLine($"    {clients} client(s): {all.Count} submissions in {elapsed.TotalSeconds:0.0} s");
        return new LoadResult(clients, all.Count, elapsed, new Latencies(all), allocated, cpu, machine);
    }

    private static TimeSpan CpuTime(IReadOnlyList<AppProcess> apps) => apps.Aggregate(TimeSpan.Zero, (sum, app) => sum + app.CpuTime());

    private static async Task<long> AllocatedBytesAsync(IReadOnlyList<AppProcess> apps)
    {
        var total = 0L;
        foreach (var app in apps)
        {
            total += await app.Probe.AllocatedBytesAsync();
        }

        return total;
    }
}
