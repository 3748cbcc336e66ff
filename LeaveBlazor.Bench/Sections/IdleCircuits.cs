using System.Globalization;
using LeaveBlazor.Bench.Infra;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// 5. What an idle interactive circuit costs the server: an approver signed in on the inbox (ten requests waiting) in
/// 50, then 200 Chromium pages, each connected; the app's memory is read after a full collection at each step, and a
/// heap dump at each says which types the extra circuits hold. Then the browser closes, and the memory is read while
/// the app keeps the disconnected circuits and once it has let them go.
/// </summary>
public static class IdleCircuits
{
    private const string Approver = "ines@bench.test";
    private const int Waiting = 10;

    /// <summary>Microsoft's published figures ("Host and deploy ASP.NET Core server-side Blazor apps", Scalability).</summary>
    private const string MinimalAppFigure = "about 250 KB a circuit for a minimal Hello World app; 273 KB a user to plan with (Microsoft's published figures)";

    /// <summary>Short for the bench, so it can watch the app let closed pages' circuits go; the app's own default is in README.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromSeconds(20);

    public static async Task RunAsync(Workspace workspace, BenchSizes sizes, Report report)
    {
        await using var sink = await SmtpSink.StartAsync();
        var database = workspace.File("circuits.db");
        await SeedAsync(database);
        await using var app = await AppProcess.StartAsync(workspace, BenchDatabase.Sqlite(database), sink.Port, extra: new Dictionary<string, string>
        {
            ["Circuits:DisconnectedRetentionSeconds"] = Retention.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        });
        var (few, many) = sizes.CircuitPages;
        Console.WriteLine($"    {few}, then {many} Chromium pages on the inbox of an approver with {Waiting} requests waiting");

        await using var browser = await ChromiumPages.StartAsync(app.BaseAddress, Approver);
        await browser.OpenUntilAsync(3); // warm-up: every component of the page has been through the JIT
        var before = await CircuitMemory.ReadAsync(app, workspace, dump: null);
        await browser.OpenUntilAsync(few);
        var atFew = await CircuitMemory.ReadAsync(app, workspace, $"{few} pages");
        await browser.OpenUntilAsync(many);
        var atMany = await CircuitMemory.ReadAsync(app, workspace, $"{many} pages");

        var perCircuit = atMany.PerCircuitSince(atFew, many - few);
        report.Add(new Figure(
            $"5. An idle circuit (signed in on the inbox, {Waiting} waiting), each of the {many - few} pages between {few} and {many}",
            $"{Kilobytes(perCircuit.Heap)} KB managed heap · {Kilobytes(perCircuit.Anonymous)} KB private resident memory (first {few}: {Kilobytes(atFew.PerCircuitSince(before, few - 3).Heap)} KB heap each)",
            Limit: MinimalAppFigure,
            Target: "≤ 150 KB",
            Met: perCircuit.Heap <= 150 * 1000 && perCircuit.Anonymous <= 150 * 1000));
        Console.WriteLine($"    What each of the {many - few} circuits added, by type (heap dumps at {few} and {many} pages):");
        foreach (var line in atMany.Dump.LargestGrowthSince(atFew.Dump, many - few, count: 12))
        {
            Console.WriteLine($"      {line}");
        }

        // Half the tabs closed as a person closes them (the page tells the server, which lets the circuit go at once),
        // then the rest cut off as a dropped network does (the server keeps those circuits for the page to come back to).
        await browser.ClosePagesAsync(many / 2);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var closed = await CircuitMemory.ReadAsync(app, workspace, dump: null);
        await browser.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        var dropped = await CircuitMemory.ReadAsync(app, workspace, dump: null);
        await Task.Delay(Retention + TimeSpan.FromSeconds(10)); // the app looks for expired circuits every few seconds
        var released = await CircuitMemory.ReadAsync(app, workspace, dump: null);
        report.Add(new Figure(
            $"5. App memory before the pages → {many} open → {many / 2} tabs closed → the other {many - many / 2} cut off → once the app let them go ({Retention.TotalSeconds:0} s in the bench)",
            $"managed heap {Steps(m => m.Heap, before, atMany, closed, dropped, released)} MiB · held by the GC {Steps(m => m.GcCommitted, before, atMany, closed, dropped, released)} MiB · private resident {Steps(m => m.Anonymous, before, atMany, closed, dropped, released)} MiB"));
    }

    /// <summary>An approver with <see cref="Waiting"/> requests waiting from as many people.</summary>
    private static async Task SeedAsync(string databaseFile)
    {
        await using var app = await InProcessApp.OpenAsync(databaseFile);
        await app.AllowAnnualLeaveOnEveryDayAsync();
        var approver = await app.CreatePersonAsync(Approver, "Ines Approver", null, Roles.Approver);
        var calendar = app.StandardCalendar();
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        for (var i = 0; i < Waiting; i++)
        {
            var person = await app.CreatePersonAsync($"asker{i:00}@bench.test", $"Asker {i:00}", approver);
            var asked = calendar.WorkingDayFrom(day);
            await app.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
                person, new NewLeaveRequest("Annual", asked, asked, false, false, "Bench", approver), LeaveChannel.Api));
            day = asked.AddDays(1);
        }
    }

    private static string Kilobytes(double bytes) => Report.Number(bytes / 1000.0);

    private static string Mebibytes(long bytes) => Report.Number(bytes / 1024.0 / 1024.0, "0.0");

    private static string Steps(Func<CircuitMemory, long> part, params CircuitMemory[] moments) => string.Join(" → ", moments.Select(m => Mebibytes(part(m))));
}
