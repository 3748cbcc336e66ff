using System.Text;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>
/// The payroll exports as an admin downloads them: CSV in UTF-8 with a byte order mark, a header row, ISO dates, leave
/// cut to the period, balances as the ledger stood, and a name that a spreadsheet would run as a formula neutralised.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ExportsByApiTests(BalancesApp app) : IClassFixture<BalancesApp>
{
    private const string FormulaName = "=Eve Formula";

    [Fact]
    public async Task Leave_taken_file_is_utf8_with_a_byte_order_mark_and_a_header_row()
    {
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        using var response = await admin.GetAsync($"/api/exports/leave-taken.csv?from={app.Year}-01-01&to={app.Year}-12-31");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal((200, "text/csv; charset=utf-8", "attachment", $"leave-taken-{app.Year}-01-01-to-{app.Year}-12-31.csv", "EFBBBF",
                "email,name,type,first_day,last_day,working_days"),
            ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), response.Content.Headers.ContentDisposition?.DispositionType,
                response.Content.Headers.ContentDisposition?.FileName, Convert.ToHexString(bytes[..3]), Lines(bytes)[0]));
    }

    [Fact]
    public async Task Approved_leave_is_a_row_with_iso_dates_and_a_formula_like_name_neutralised()
    {
        var email = await app.NewPersonAsync(FormulaName);
        var (first, second) = app.TwoWorkingDays();
        await app.TakesLeaveAsync(email, first, second);

        var rows = await LeaveTakenAsync($"from={app.Year}-12-01&to={app.Year}-12-31");

        Assert.Equal([$"{email},'{FormulaName},Annual,{BalancesApp.Iso(first)},{BalancesApp.Iso(second)},2"], rows.Where(r => r.StartsWith(email, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Leave_over_the_edge_of_the_period_is_cut_to_it_with_its_days_there()
    {
        var email = await app.NewPersonAsync();
        var (first, second) = app.TwoWorkingDays();
        await app.TakesLeaveAsync(email, first, second);

        var rows = await LeaveTakenAsync($"from={BalancesApp.Iso(second)}&to={app.Year}-12-31");

        Assert.Equal([$"{email},Nia Newcomer,Annual,{BalancesApp.Iso(second)},{BalancesApp.Iso(second)},1"], rows.Where(r => r.StartsWith(email, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Pending_leave_is_not_in_the_leave_taken()
    {
        var email = await app.NewPersonAsync();
        var (first, _) = app.TwoWorkingDays();
        await app.TakesLeaveAsync(email, first, first, approve: false);

        var rows = await LeaveTakenAsync($"from={app.Year}-01-01&to={app.Year}-12-31");

        Assert.DoesNotContain(rows, r => r.StartsWith(email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Balances_file_has_a_row_per_person_and_counted_type_with_the_figures()
    {
        var email = await app.NewPersonAsync(FormulaName);
        var (first, second) = app.TwoWorkingDays();
        await app.TakesLeaveAsync(email, first, second);
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        using var response = await admin.GetAsync($"/api/exports/balances.csv?on={BalancesApp.Iso(app.Today)}");
        var lines = Lines(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(("email,name,type,year,allowance,carried_over,adjustments,taken,planned,left", $"balances-on-{BalancesApp.Iso(app.Today)}.csv",
                $"{email},'{FormulaName},Annual,{app.Year},25,0,0,2,0,23"),
            (lines[0], response.Content.Headers.ContentDisposition?.FileName, string.Join("\n", lines.Where(r => r.StartsWith(email, StringComparison.Ordinal)))));
    }

    [Fact]
    public async Task Balances_on_a_day_before_a_line_was_written_leave_it_out()
    {
        var email = await app.NewPersonAsync();
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        using var response = await admin.GetAsync($"/api/exports/balances.csv?on={app.Year}-01-01");
        var lines = Lines(await response.Content.ReadAsByteArrayAsync());

        // Granted when the person was made (today), so on 1 January the ledger held nothing for them yet.
        Assert.Equal([$"{email},Nia Newcomer,Annual,{app.Year},0,0,0,0,0,0"], lines.Where(r => r.StartsWith(email, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("leave-taken.csv?to=2026-12-31", "from", "Enter the first day of the period, written yyyy-mm-dd such as 2026-11-30.")]
    [InlineData("leave-taken.csv?from=2026-12-01&to=2026-02-30", "to", "to must be a real date written yyyy-mm-dd, such as 2026-12-01.")]
    [InlineData("leave-taken.csv?from=2026-12-31&to=2026-12-01", "to", "The period ends (2026-12-01) before it starts (2026-12-31): swap the days.")]
    [InlineData("leave-taken.csv?from=2026-01-01&to=2027-01-02", "to", "A period is at most 366 days; 2026-01-01 to 2027-01-02 is 367: export it in parts.")]
    [InlineData("balances.csv", "on", "Enter the day of the balances, written yyyy-mm-dd such as 2026-11-30.")]
    [InlineData("balances.csv?on=31/12/2026", "on", "on must be a real date written yyyy-mm-dd, such as 2026-12-01.")]
    [InlineData("balances.csv?on=9999-12-31", "on", "Choose a year from 1976 to 2076; 9999 is out of range.")]
    public async Task Bad_or_missing_day_is_refused_on_its_field(string path, string field, string message)
    {
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        var problem = await (await admin.GetAsync($"/api/exports/{path}")).ReadProblemAsync();

        Assert.Equal((400, "application/problem+json", message), (problem.Status, problem.ContentType, problem.ErrorFor(field)));
    }

    [Theory]
    [InlineData("leave-taken.csv?from=2026-12-01&to=2026-12-31")]
    [InlineData("balances.csv?on=2026-12-31")]
    public async Task Manager_may_not_download_exports(string path)
    {
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        var problem = await (await dana.GetAsync($"/api/exports/{path}")).ReadProblemAsync();

        Assert.Equal((403, "Only admins may do this."), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task Admin_downloads_with_the_sign_in_cookie_as_the_exports_page_links()
    {
        var browser = await app.SignedInAsync(LeaveApp.AdminEmail);

        using var response = await browser.GetAsync($"/api/exports/balances.csv?on={BalancesApp.Iso(app.Today)}");

        Assert.Equal((200, "text/csv"), ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    private async Task<string[]> LeaveTakenAsync(string query)
    {
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);
        using var response = await admin.GetAsync($"/api/exports/leave-taken.csv?{query}");
        response.EnsureSuccessStatusCode();
        return Lines(await response.Content.ReadAsByteArrayAsync());
    }

    private static string[] Lines(byte[] file) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(file).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
