using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Deploy;

/// <summary>
/// The built app, as an operator starts it, with database settings it cannot use: it stops with exit code 1 and one
/// line naming the setting and what to write, never a stack trace alone.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class DatabaseSettingsAtStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "leaveblazor-tests", $"refused-{Guid.NewGuid():N}");

    public static TheoryData<string, string, string> Refused => new()
    {
        { "Oracle", "Data Source=leave.db", "LeaveBlazor cannot start: Database:Provider 'Oracle' is not a database LeaveBlazor runs on: use Sqlite (the embedded default) or PostgreSQL." },
        { "PostgreSQL", "Host=127.0.0.1;Database=leave;Colour=blue", "LeaveBlazor cannot start: ConnectionStrings:Leave is not a PostgreSQL connection string" },
        { "PostgreSQL", "Database=leave", "LeaveBlazor cannot start: ConnectionStrings:Leave names no server: add Host=… (the PostgreSQL server's name or address)." },
        { "PostgreSQL", "Host=127.0.0.1", "LeaveBlazor cannot start: ConnectionStrings:Leave names no database: add Database=…" },
        { "Sqlite", "Data Source=leave.db;Flavour=mint", "LeaveBlazor cannot start: ConnectionStrings:Leave is not a SQLite connection string" },
        { "PostgreSQL", "Host=127.0.0.1;Port=1;Database=leave;Timeout=5", "LeaveBlazor cannot start: ConnectionStrings:Leave: no PostgreSQL server answered at 127.0.0.1:1; check that it runs and that Host and Port name it." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_database_setting_it_cannot_use_stops_the_start_with_one_line_naming_it(string provider, string connectionString, string line)
    {
        var (exitCode, errors) = await AppProcess.RefusedStartAsync(Settings(provider, connectionString));

        Assert.Equal(1, exitCode);
        Assert.Single(Lines(errors), error => error.StartsWith(line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_PostgreSQL_refuses_is_named_without_showing_it()
    {
        var wrong = TestPostgres.ConnectionTo("leaveblazor_refused") + ";Password=not-the-password";

        var (exitCode, errors) = await AppProcess.RefusedStartAsync(Settings("PostgreSQL", wrong));

        Assert.Equal(1, exitCode);
        Assert.Single(Lines(errors), error => error.StartsWith("LeaveBlazor cannot start: ConnectionStrings:Leave: the PostgreSQL server at 127.0.0.1:", StringComparison.Ordinal)
            && error.EndsWith("refused the user name or password; correct Username and Password.", StringComparison.Ordinal));
        Assert.DoesNotContain("not-the-password", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static IEnumerable<string> Lines(string errors) =>
        errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => line.StartsWith("LeaveBlazor cannot start", StringComparison.Ordinal));

    private Dictionary<string, string> Settings(string provider, string connectionString) => new()
    {
        ["Database:Provider"] = provider,
        ["ConnectionStrings:Leave"] = connectionString.Replace("Data Source=", $"Data Source={_folder}/", StringComparison.Ordinal),
        ["Hangfire:SqliteFile"] = Path.Combine(_folder, "hangfire.db"),
        ["Smtp:PickupFolder"] = Path.Combine(_folder, "mail"),
        ["Backup:Folder"] = Path.Combine(_folder, "backups"),
    };
}
