using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeaveBlazor.Tests.Integration.Api;
using LeaveBlazor.Web.Jobs;

namespace LeaveBlazor.Tests.Integration.ScaleOut;

/// <summary>The app on PostgreSQL as an operator sees it: /healthz names the engine of each store, and backups are left to the server.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class OnPostgreSqlTests(ApiAppOnPostgreSql app) : IClassFixture<ApiAppOnPostgreSql>
{
    [Fact]
    public async Task Health_names_PostgreSQL_for_the_database_and_Hangfire_in_its_own_schema_with_three_recurring_jobs()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(JobsSetup.HealthPath);
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("name").GetString()!, check => check);
        var database = checks[DatabaseHealthCheck.Name];
        var storage = checks[JobStorageHealthCheck.Name].GetProperty("data");

        Assert.Equal((HttpStatusCode.OK, "Healthy", "PostgreSQL", "PostgreSQL", "hangfire", 3),
            (response.StatusCode, database.GetProperty("status").GetString(), database.GetProperty("data").GetProperty("provider").GetString(),
                storage.GetProperty("storage").GetString(), storage.GetProperty("schema").GetString(), storage.GetProperty("recurringJobs").GetInt32()));
    }

    [Fact]
    public async Task Backups_page_says_the_server_s_own_tools_back_it_up_and_offers_no_button_and_no_list()
    {
        var browser = await app.SignedInAsync(LeaveApp.AdminEmail);

        var page = await browser.GetPageAsync("/admin/backups");

        Assert.Equal((true, false, false), (
            page.QuerySelector("[data-testid=backups-elsewhere]")?.TextContent.Trim().StartsWith("The database is on PostgreSQL: back it up with the server's own tools", StringComparison.Ordinal) == true,
            page.QuerySelector("[data-testid=back-up-now]") is not null,
            page.QuerySelector("[data-testid=no-backups]") is not null));
    }

    [Fact]
    public async Task Backing_up_by_API_says_the_server_s_own_tools_do_it()
    {
        using var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        using var response = await admin.PostAsync("/api/admin/backups", null);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("The database is on PostgreSQL: back it up with the server's own tools", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
