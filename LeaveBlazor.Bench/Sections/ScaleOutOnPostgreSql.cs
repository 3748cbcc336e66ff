using System.Diagnostics;
using LeaveBlazor.Bench.Infra;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// The submission and decision measures on PostgreSQL, first with one app instance behind HAProxy, then with two, each
/// level beside raw single-row INSERT transactions on the same cluster from as many connections. Then how two compare
/// with one, with the instances' CPU, which is what a two-core machine runs out of first.
/// </summary>
public static class ScaleOutOnPostgreSql
{
    public static async Task RunAsync(Workspace workspace, BenchSizes full, Report report)
    {
        // Fewer levels, a shorter warm-up and a smaller backlog than on SQLite keep the whole bench near 8 minutes.
        var sizes = full with { Clients = [.. full.Clients.Where(c => c <= 32)], WarmUp = full.WarmUp / 2, DispatchEmails = full.DispatchEmails / 5 };
        await using var cluster = await PostgresCluster.StartAsync();
        var database = BenchDatabase.PostgreSql(cluster.ConnectionTo("leaveblazor_bench"));
        var (people, calendar) = await People.PrepareAsync(database, sizes.Employees);
        await using var sink = await SmtpSink.StartAsync(workspace.Folder("postgres-mail"));
        var dump = new MailDump(sink.DumpFolder!);

        await EmailDispatch.RunAsync(workspace, sizes, report, BenchDatabase.PostgreSql(cluster.ConnectionTo("leaveblazor_dispatch")), "PostgreSQL: ");

        var raw = new Dictionary<int, double>();
        async Task<double> RawAt(int connections) => raw.TryGetValue(connections, out var measured)
            ? measured
            : raw[connections] = await RawPostgreSqlInserts.TransactionsPerSecondAsync(database.ConnectionString, connections, sizes.LoadDuration / 2);
        var run = new Run(people, dump, database, workspace, sizes, report, RawAt);

        await using var first = await AppProcess.StartAsync(workspace, database, sink.Port);
        using var direct = new ApiClient(first.BaseAddress, calendar, DateOnly.FromDateTime(DateTime.UtcNow));
        await direct.SignInAsync(people.EmployeeEmails);
        var one = await MeasureAsync("PostgreSQL, 1 instance", [first], direct, run);

        await using var second = await AppProcess.StartAsync(workspace, database, sink.Port);
        var two = await MeasureAsync("PostgreSQL, 2 instances", [first, second], direct, run);

        var busiestOne = one.Levels.MaxBy(l => l.PerSecond)!;
        var busiestTwo = two.Levels.MaxBy(l => l.PerSecond)!;
        report.Add(new Figure(
            "PostgreSQL: 2 instances ÷ 1, submissions/s at each one's best level",
            $"{Report.Number(busiestTwo.PerSecond)}/s ({busiestTwo.Clients} clients) ÷ {Report.Number(busiestOne.PerSecond)}/s ({busiestOne.Clients} clients)",
            Ratio: Report.Number(busiestTwo.PerSecond / busiestOne.PerSecond, "0.00")));
        report.Add(new Figure(
            "PostgreSQL: 2 instances ÷ 1, decisions/s",
            $"{Report.Number(two.DecisionsPerSecond)}/s ÷ {Report.Number(one.DecisionsPerSecond)}/s",
            Ratio: Report.Number(two.DecisionsPerSecond / one.DecisionsPerSecond, "0.00")));
    }

    private sealed record Measured(List<LoadResult> Levels, double DecisionsPerSecond);

    private sealed record Run(People People, MailDump Dump, BenchDatabase Database, Workspace Workspace, BenchSizes Sizes, Report Report, Func<int, Task<double>> RawAt);

    /// <summary>Warms the instances up through a fresh HAProxy in front of them, then every load level, then the decisions.</summary>
    private static async Task<Measured> MeasureAsync(string where, IReadOnlyList<AppProcess> instances, ApiClient signedIn, Run run)
    {
        Console.WriteLine($"  {where}, behind HAProxy…");
        var (people, sizes) = (run.People, run.Sizes);
        await using var proxy = await HaProxy.StartAsync(run.Workspace, instances);
        using var api = signedIn.Through(proxy.BaseAddress);
        await SubmissionThroughput.LoadAsync(instances, api, people, Math.Min(8, people.EmployeeEmails.Count), sizes.WarmUp);
        await DrainOutboxAsync(where, run.Database, report: null);
        var cpuBefore = CpuTime(instances);
        var levels = new List<(LoadResult Load, double TurnHeld, double TurnWaiting)>();
        foreach (var clients in sizes.Clients)
        {
            await using var turn = WriteTurnSampler.Start(run.Database.ConnectionString);
            var load = await SubmissionThroughput.LoadAsync(instances, api, people, clients, sizes.LoadDuration);
            var (held, waiting) = await turn.StopAsync();
            levels.Add((load, held, waiting));
        }

        foreach (var (level, turnHeld, turnWaiting) in levels)
        {
            var raw = await run.RawAt(level.Clients);
            run.Report.Add(new Figure(
                $"{where} via HAProxy: submissions/s, {level.Clients} client(s)",
                $"{Report.Number(level.PerSecond)}/s ({level.Latencies.Summary()}); cores busy: app {Report.Number(CoresBusy(level), "0.00")}, machine {Report.Number(level.MachineBusyCores, "0.00")} of {Environment.ProcessorCount}; write turn held {Report.Number(turnHeld * 100)}% of the time, {Report.Number(turnWaiting, "0.0")} waiting",
                $"{Report.Number(raw)} INSERT tx/s from {level.Clients} connection(s)",
                Report.Number(level.PerSecond / raw, "0.000")));
        }

        await DrainOutboxAsync(where, run.Database, run.Report);
        var submitted = levels.Sum(l => l.Load.Submissions);
        run.Report.Add(new Figure(
            $"{where}: app CPU per submission, its 2 emails included (every level, then until the last email left)",
            $"{Report.Number((CpuTime(instances) - cpuBefore).TotalMicroseconds / submitted)} µs ({submitted:N0} submissions)"));
        var requests = await DecisionPath.SubmitAndAwaitApproverEmailsAsync(api, people, run.Dump, sizes.DecisionRequests);
        var decisions = await DecisionPath.RunAsync(api, people, requests, run.Dump, run.Database, run.Report, $"{where}: ");
        return new Measured([.. levels.Select(l => l.Load)], decisions);
    }

    /// <summary>
    /// The emails the dispatchers had not sent when the load stopped (each commit of theirs waits its turn behind the
    /// submissions'), and how long the instances took to send them once it had.
    /// </summary>
    /// <param name="report">Where to say how many there were and how fast they left; null to wait only.</param>
    private static async Task DrainOutboxAsync(string where, BenchDatabase database, Report? report)
    {
        const string Waiting = """SELECT COUNT(*) FROM "Outbox" WHERE "State" = 'Pending'""";
        var behind = await database.CountAsync(Waiting);
        var clock = Stopwatch.StartNew();
        while (await database.CountAsync(Waiting) > 0)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"{where}: the outbox still held emails 5 minutes after the load ended.");
            }

            await Task.Delay(250);
        }

        report?.Add(new Figure(
            $"{where}: emails not yet sent when the load ended, then sent",
            $"{behind:N0} in {clock.Elapsed.TotalSeconds:0.0} s ({Report.Number(behind / clock.Elapsed.TotalSeconds)}/s)"));
    }

    private static TimeSpan CpuTime(IReadOnlyList<AppProcess> instances) => instances.Aggregate(TimeSpan.Zero, (sum, app) => sum + app.CpuTime());

    private static double CoresBusy(LoadResult level) => level.AppCpu.TotalSeconds / level.Elapsed.TotalSeconds;
}
