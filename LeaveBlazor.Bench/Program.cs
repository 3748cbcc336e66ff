using System.Globalization;
using System.Runtime.InteropServices;
using LeaveBlazor.Bench;
using LeaveBlazor.Bench.Infra;
using LeaveBlazor.Bench.Sections;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Web.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

// Runs every benchmark of issue 7 once, each beside its raw limit, and prints the results as a Markdown table.
// `--smoke` runs tiny sizes, to prove the bench still works (its figures mean nothing);
// `--only=submissions,decisions,reminders,dispatch,calendar,feeds,lists,circuits,postgres` runs some of the parts, for profiling one.
// `--allocations=FILE` prints where a dotnet-trace gc-verbose trace's bytes went, `--cpu=FILE` where `perf script`'s
// samples' CPU went (bench/profile takes both); they run nothing else.
// `--hangfire=InMemory` gives the app process Hangfire's in-memory storage instead of its SQLite file (the default);
// the reminder and dispatch parts call their operations directly, without Hangfire, so it does not touch them.
if (args.FirstOrDefault(a => a.StartsWith("--allocations=", StringComparison.Ordinal)) is { } allocations)
{
    // `bench/profile` hands over the allocation trace it took of the app under load.
    AllocationProfile.Print(allocations["--allocations=".Length..]);
    return;
}

if (args.FirstOrDefault(a => a.StartsWith("--cpu=", StringComparison.Ordinal)) is { } cpu)
{
    // … and the text of the perf profile it took.
    CpuProfile.Print(cpu["--cpu=".Length..]);
    return;
}

var smoke = args.Contains("--smoke");
var only = args.FirstOrDefault(a => a.StartsWith("--only=", StringComparison.Ordinal))?["--only=".Length..].Split(',');
var hangfire = args.FirstOrDefault(a => a.StartsWith("--hangfire=", StringComparison.Ordinal))?["--hangfire=".Length..] ?? HangfireOptions.SQLite;
var sizes = smoke ? BenchSizes.Smoke : BenchSizes.Full;
var header = string.Create(CultureInfo.InvariantCulture,
    $"LeaveBlazor bench{(smoke ? " (smoke sizes)" : "")}: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, Hangfire storage {hangfire}, SQLite {SqliteVersion()}");
Console.WriteLine(header);

using var workspace = new Workspace();
var report = new Report();
var started = DateTime.UtcNow;

if (Runs("submissions"))
{
    Console.WriteLine("Submissions (app process, smtp-sink)…");
    await using var sink = await SmtpSink.StartAsync();
    var database = workspace.File("submissions.db");
    var (people, calendar) = await People.PrepareAsync(BenchDatabase.Sqlite(database), sizes.Employees);
    await using var app = await AppProcess.StartAsync(workspace, BenchDatabase.Sqlite(database), sink.Port, hangfire);
    await Memory.AfterStartAsync(app, report);
    using var api = new ApiClient(app.BaseAddress, calendar, DateOnly.FromDateTime(DateTime.UtcNow));
    await api.SignInAsync(people.EmployeeEmails);
    await SubmissionThroughput.RunAsync(app, api, people, database, workspace, sizes, report);
}

if (Runs("decisions"))
{
    Console.WriteLine("Inbox latency, decisions and memory (app process, smtp-sink keeping every email)…");
    await using var sink = await SmtpSink.StartAsync(workspace.Folder("mail"));
    var database = workspace.File("decisions.db");
    var (people, calendar) = await People.PrepareAsync(BenchDatabase.Sqlite(database), sizes.Employees);
    await using var app = await AppProcess.StartAsync(workspace, BenchDatabase.Sqlite(database), sink.Port, hangfire);
    using var api = new ApiClient(app.BaseAddress, calendar, DateOnly.FromDateTime(DateTime.UtcNow));
    await api.SignInAsync(people.EmployeeEmails);
    var dump = new MailDump(sink.DumpFolder!);
    var submitted = await InboxLatency.RunAsync(api, people, dump, sizes, report);
    await DecisionPath.RunAsync(api, people, submitted.Take(sizes.DecisionRequests).ToList(), dump, BenchDatabase.Sqlite(database), report);
    await DecisionPath.ByChannelAsync(app, api, people, dump, sizes.DecisionRequests, report);
    await Memory.AfterManyRequestsAsync(app, api, people, database, sizes.MemoryRequests, report);
}

if (Runs("reminders"))
{
    Console.WriteLine("Reminder passes (in process)…");
    await ReminderSweep.RunAsync(workspace, sizes, report);
}

if (Runs("dispatch"))
{
    Console.WriteLine("Email dispatch (in process, smtp-sink)…");
    await EmailDispatch.RunAsync(workspace, sizes, report);
}

if (Runs("calendar"))
{
    Console.WriteLine("Team calendar (in process)…");
    await CalendarMonth.RunAsync(workspace, sizes, report);
}

if (Runs("feeds"))
{
    Console.WriteLine("Team feed (in process)…");
    await TeamFeed.RunAsync(workspace, sizes, report);
}

if (Runs("lists"))
{
    Console.WriteLine("Long lists' first render (app process)…");
    await ListPages.RunAsync(workspace, sizes, report);
}

if (Runs("circuits"))
{
    Console.WriteLine("Idle circuits (app process, Chromium)…");
    await IdleCircuits.RunAsync(workspace, sizes, report);
}

if (Runs("postgres"))
{
    Console.WriteLine("Submissions and decisions on PostgreSQL, one and two app instances behind HAProxy…");
    await ScaleOutOnPostgreSql.RunAsync(workspace, sizes, report);
}

report.Print($"{header}; whole run {(DateTime.UtcNow - started).TotalMinutes:0.0} min");

bool Runs(string part) => only is null || only.Contains(part);

// The native SQLite every part runs on: it came with the SQLitePCLRaw version the build pins.
static string SqliteVersion()
{
    using var connection = new SqliteConnection("Data Source=:memory:");
    connection.Open();
    return connection.ServerVersion;
}
