using System.Text.Json;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>
/// Balances from a script: my own, a person's for their approver and admins (and nobody else), and an admin's
/// adjustment, with the figures Core adds up from the ledger. Each test has a person of its own (<see cref="BalancesApp"/>).
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class BalancesByApiTests(BalancesApp app) : IClassFixture<BalancesApp>
{
    private const string Annual = "Annual";

    [Fact]
    public async Task After_the_year_end_grant_my_balance_is_the_whole_allowance()
    {
        var me = await app.ClientAsync(await app.NewPersonAsync());

        var annual = await AnnualAsync(me, "/api/me/balances");

        Assert.Equal((app.Year, 25m, 0m, 0m, 0m, 0m, 25m), Figures(annual));
    }

    [Fact]
    public async Task Approved_two_days_are_taken_and_left_drops_by_two()
    {
        var email = await app.NewPersonAsync();
        var (first, second) = app.TwoWorkingDays();
        await app.TakesLeaveAsync(email, first, second);

        var annual = await AnnualAsync(await app.ClientAsync(email), "/api/me/balances");

        Assert.Equal((app.Year, 25m, 0m, 0m, 2m, 0m, 23m), Figures(annual));
    }

    [Fact]
    public async Task Pending_day_is_planned_and_not_yet_taken()
    {
        var email = await app.NewPersonAsync();
        var (first, _) = app.TwoWorkingDays();
        await app.TakesLeaveAsync(email, first, first, approve: false);

        var annual = await AnnualAsync(await app.ClientAsync(email), "/api/me/balances");

        Assert.Equal((app.Year, 25m, 0m, 0m, 0m, 1m, 25m), Figures(annual));
    }

    [Fact]
    public async Task Another_year_is_read_with_the_year_parameter()
    {
        var me = await app.ClientAsync(await app.NewPersonAsync());

        var annual = await AnnualAsync(me, $"/api/me/balances?year={app.Year - 1}");

        Assert.Equal((app.Year - 1, 0m, 0m, 0m, 0m, 0m, 0m), Figures(annual));
    }

    [Theory]
    [InlineData("abc", "year must be a year written as a whole number, such as 2027.")]
    [InlineData("1900", "Choose a year from 1976 to 2076; 1900 is out of range.")]
    public async Task Year_that_is_not_one_is_refused_on_its_field(string year, string message)
    {
        var me = await app.ClientAsync(LeaveApp.AlexEmail);

        var problem = await (await me.GetAsync($"/api/me/balances?year={year}")).ReadProblemAsync();

        Assert.Equal((400, message), (problem.Status, problem.ErrorFor("year")));
    }

    [Fact]
    public async Task Manager_reads_the_balances_of_a_person_who_reports_to_them()
    {
        var email = await app.NewPersonAsync();
        var (first, second) = app.TwoWorkingDays();
        await app.TakesLeaveAsync(email, first, second);
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        var annual = await AnnualAsync(dana, $"/api/people/{email}/balances");

        Assert.Equal((app.Year, 25m, 0m, 0m, 2m, 0m, 23m), Figures(annual));
    }

    [Fact]
    public async Task Approver_asked_to_decide_a_pending_request_reads_the_requesters_balances()
    {
        var email = await app.NewPersonAsync();
        var approver = await app.NewApproverAsync();
        var (first, _) = app.TwoWorkingDays();
        await app.TakesLeaveAsync(email, first, first, approve: false, approverEmail: approver);

        var annual = await AnnualAsync(await app.ClientAsync(approver), $"/api/people/{email}/balances");

        Assert.Equal((app.Year, 25m, 0m, 0m, 0m, 1m, 25m), Figures(annual));
    }

    [Fact]
    public async Task Approver_with_nothing_to_decide_for_the_person_is_refused()
    {
        var email = await app.NewPersonAsync();
        var approver = await app.ClientAsync(await app.NewApproverAsync());

        using var response = await approver.GetAsync($"/api/people/{email}/balances");

        Assert.Equal(403, (int)response.StatusCode);
    }

    [Fact]
    public async Task Admin_reads_anyones_balances()
    {
        var email = await app.NewPersonAsync();
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        var annual = await AnnualAsync(admin, $"/api/people/{email}/balances");

        Assert.Equal((app.Year, 25m, 0m, 0m, 0m, 0m, 25m), Figures(annual));
    }

    [Theory]
    [InlineData(LeaveApp.SamEmail)]
    [InlineData(LeaveApp.AlexEmail)]
    public async Task Someone_who_neither_manages_nor_decides_for_the_person_is_refused(string caller)
    {
        var email = await app.NewPersonAsync();
        var client = await app.ClientAsync(caller);

        var problem = await (await client.GetAsync($"/api/people/{email}/balances")).ReadProblemAsync();

        Assert.Equal((403, "application/problem+json", $"You see the balances of the people whose leave you approve; {email} is not one of them. Admins see everyone's."),
            (problem.Status, problem.ContentType, problem.Detail));
    }

    [Fact]
    public async Task Unknown_address_is_refused_to_a_non_admin_exactly_like_a_known_one()
    {
        var sam = await app.ClientAsync(LeaveApp.SamEmail);

        var problem = await (await sam.GetAsync("/api/people/nobody@example.test/balances")).ReadProblemAsync();

        Assert.Equal((403, "You see the balances of the people whose leave you approve; nobody@example.test is not one of them. Admins see everyone's."),
            (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task Unknown_address_is_not_found_for_an_admin()
    {
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        var problem = await (await admin.GetAsync("/api/people/nobody@example.test/balances")).ReadProblemAsync();

        Assert.Equal((404, "application/problem+json", "There is nobody with the address nobody@example.test in the directory."),
            (problem.Status, problem.ContentType, problem.Detail));
    }

    [Fact]
    public async Task Admin_adjustment_answers_201_with_the_new_line_and_counts_in_the_balance()
    {
        var email = await app.NewPersonAsync();
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        using var response = await admin.PostJsonAsync($"/api/people/{email}/balance-adjustments",
            new { type = Annual, year = app.Year, days = 1.5m, reason = "Worked the Saturday of the move" });
        var line = await response.ReadJsonAsync();
        var annual = await AnnualAsync(admin, $"/api/people/{email}/balances");

        Assert.Equal((201, $"/api/people/{Uri.EscapeDataString(email)}/balances?year={app.Year}", "Adjusted", 1.5m, "Worked the Saturday of the move", "Ada Admin", Annual),
            ((int)response.StatusCode, response.Headers.Location?.OriginalString, line.GetProperty("kind").GetString(), line.GetProperty("days").GetDecimal(),
                line.GetProperty("note").GetString(), line.GetProperty("by").GetString(), line.GetProperty("type").GetString()));
        Assert.Equal((app.Year, 25m, 0m, 1.5m, 0m, 0m, 26.5m), Figures(annual));
    }

    [Theory]
    [InlineData("days", """{"type":"Annual","year":YEAR,"days":0.3,"reason":"Move"}""", "Enter whole or half days (such as 2 or 1.5); 0.3 is neither.")]
    [InlineData("days", """{"type":"Annual","year":YEAR,"days":0,"reason":"Move"}""", "Enter the days to add, or a negative number to take days off, such as 2 or -1.5.")]
    [InlineData("reason", """{"type":"Annual","year":YEAR,"days":1}""", "Say why, in 1 to 300 characters: the person sees it in their balance's history.")]
    [InlineData("type", """{"type":"Sick","year":YEAR,"days":1,"reason":"Move"}""", "'Sick' is not a leave type with a balance: use one of Annual.")]
    [InlineData("type", """{"type":"Sabbatical","year":YEAR,"days":1,"reason":"Move"}""", "'Sabbatical' is not a leave type with a balance: use one of Annual.")]
    [InlineData("type", """{"year":YEAR,"days":1,"reason":"Move"}""", "Choose the leave type whose balance to adjust.")]
    [InlineData("year", """{"type":"Annual","year":2020,"days":1,"reason":"Move"}""", "Choose 2025, 2026 or 2027: balances of other years are closed.")]
    [InlineData("days", """{"type":"Annual","year":YEAR,"days":"two","reason":"Move"}""", "days must be a number, such as 1.5.")]
    public async Task Invalid_adjustment_is_refused_on_its_field_and_stores_nothing(string field, string body, string message)
    {
        var email = await app.NewPersonAsync();
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        var problem = await (await admin.PostAsync($"/api/people/{email}/balance-adjustments",
            new StringContent(body.Replace("YEAR", app.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                System.Text.Encoding.UTF8, "application/json"))).ReadProblemAsync();
        var annual = await AnnualAsync(admin, $"/api/people/{email}/balances");

        Assert.Equal((400, message, 0m), (problem.Status, problem.ErrorFor(field), annual.GetProperty("adjustments").GetDecimal()));
    }

    [Fact]
    public async Task Adjustment_that_is_not_json_is_refused_like_any_other_body()
    {
        var email = await app.NewPersonAsync();
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        var problem = await (await admin.PostAsync($"/api/people/{email}/balance-adjustments",
            new StringContent("""{"type":"Annual",""", System.Text.Encoding.UTF8, "application/json"))).ReadProblemAsync();

        Assert.Equal((400, "application/problem+json", true), (problem.Status, problem.ContentType, problem.Detail?.StartsWith("The body is not valid JSON", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Manager_may_not_adjust()
    {
        var email = await app.NewPersonAsync();
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        var problem = await (await dana.PostJsonAsync($"/api/people/{email}/balance-adjustments",
            new { type = Annual, year = app.Year, days = 1, reason = "Move" })).ReadProblemAsync();

        Assert.Equal((403, "Only admins may do this."), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task Adjusting_an_unknown_address_is_not_found()
    {
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        var problem = await (await admin.PostJsonAsync("/api/people/nobody@example.test/balance-adjustments",
            new { type = Annual, year = app.Year, days = 1, reason = "Move" })).ReadProblemAsync();

        Assert.Equal(404, problem.Status);
    }

    private static async Task<JsonElement> AnnualAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).EnumerateArray().Single(b => b.GetProperty("type").GetString() == Annual);
    }

    private static (int Year, decimal Allowance, decimal CarriedOver, decimal Adjustments, decimal Taken, decimal Planned, decimal Left) Figures(JsonElement balance) =>
        (balance.GetProperty("year").GetInt32(), balance.GetProperty("allowance").GetDecimal(), balance.GetProperty("carriedOver").GetDecimal(),
            balance.GetProperty("adjustments").GetDecimal(), balance.GetProperty("taken").GetDecimal(), balance.GetProperty("planned").GetDecimal(),
            balance.GetProperty("left").GetDecimal());
}
