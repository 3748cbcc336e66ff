using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>The OpenAPI document describes every endpoint, and the reference page is served from the app itself.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed partial class ApiDocsTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Theory]
    [InlineData("post", "/api/auth/login")]
    [InlineData("post", "/api/auth/refresh")]
    [InlineData("post", "/api/leave-requests")]
    [InlineData("get", "/api/leave-requests")]
    [InlineData("get", "/api/leave-requests/{ref}")]
    [InlineData("post", "/api/leave-requests/{ref}/approve")]
    [InlineData("post", "/api/leave-requests/{ref}/reject")]
    [InlineData("post", "/api/leave-requests/{ref}/cancel")]
    [InlineData("post", "/api/leave-requests/{ref}/cancellation")]
    [InlineData("post", "/api/leave-requests/{ref}/cancellation/approve")]
    [InlineData("post", "/api/leave-requests/{ref}/cancellation/decline")]
    [InlineData("get", "/api/inbox")]
    [InlineData("get", "/api/leave-types")]
    [InlineData("get", "/api/me/balances")]
    [InlineData("get", "/api/me/delegation")]
    [InlineData("put", "/api/me/delegation")]
    [InlineData("delete", "/api/me/delegation")]
    [InlineData("post", "/api/me/calendar-feeds")]
    [InlineData("get", "/api/people/{email}/balances")]
    [InlineData("post", "/api/people/{email}/balance-adjustments")]
    [InlineData("get", "/api/holidays")]
    [InlineData("get", "/api/calendar")]
    [InlineData("get", "/api/exports/leave-taken.csv")]
    [InlineData("get", "/api/exports/balances.csv")]
    public async Task Document_describes_the_endpoint_with_a_summary(string method, string path)
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var summary = paths.GetProperty(path).GetProperty(method).GetProperty("summary").GetString();

        Assert.False(string.IsNullOrWhiteSpace(summary));
    }

    [Fact]
    public async Task Document_lists_only_the_offered_endpoints()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        Assert.Equal(["/api/admin/backups", "/api/auth/login", "/api/auth/refresh", "/api/calendar", "/api/exports/balances.csv", "/api/exports/leave-taken.csv", "/api/holidays",
            "/api/inbox", "/api/leave-requests", "/api/leave-requests/{ref}", "/api/leave-requests/{ref}/approve", "/api/leave-requests/{ref}/cancel",
            "/api/leave-requests/{ref}/cancellation", "/api/leave-requests/{ref}/cancellation/approve", "/api/leave-requests/{ref}/cancellation/decline",
            "/api/leave-requests/{ref}/reject", "/api/leave-types", "/api/me/balances", "/api/me/calendar-feeds", "/api/me/delegation", "/api/people/{email}/balance-adjustments", "/api/people/{email}/balances"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/leave-requests", "post", new[] { "201", "400", "401", "403", "413", "415" })]
    [InlineData("/api/leave-requests/{ref}/approve", "post", new[] { "200", "400", "401", "403", "404", "409", "413", "415" })]
    [InlineData("/api/leave-requests/{ref}", "get", new[] { "200", "401", "404" })]
    [InlineData("/api/leave-requests/{ref}/cancellation/decline", "post", new[] { "200", "400", "401", "403", "404", "409", "413", "415" })]
    [InlineData("/api/inbox", "get", new[] { "200", "400", "401", "403" })]
    [InlineData("/api/leave-types", "get", new[] { "200", "401" })]
    [InlineData("/api/admin/backups", "post", new[] { "200", "401", "403" })]
    [InlineData("/api/me/balances", "get", new[] { "200", "400", "401" })]
    [InlineData("/api/me/calendar-feeds", "post", new[] { "200", "400", "401", "413", "415" })]
    [InlineData("/api/people/{email}/balances", "get", new[] { "200", "400", "401", "403", "404" })]
    [InlineData("/api/people/{email}/balance-adjustments", "post", new[] { "201", "400", "401", "403", "404", "413", "415" })]
    [InlineData("/api/holidays", "get", new[] { "200", "400", "401" })]
    [InlineData("/api/calendar", "get", new[] { "200", "400", "401", "403" })]
    [InlineData("/api/me/delegation", "put", new[] { "200", "400", "401", "403", "413", "415" })]
    [InlineData("/api/me/delegation", "delete", new[] { "204", "401", "404" })]
    [InlineData("/api/exports/balances.csv", "get", new[] { "200", "400", "401", "403" })]
    public async Task Document_lists_the_status_codes(string path, string method, string[] statuses)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(statuses, operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Document_describes_the_submission_body()
    {
        var schema = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty("NewLeaveRequestBody");

        Assert.Equal(["approverEmail", "firstDay", "halfDayEnd", "halfDayStart", "lastDay", "reason", "type"],
            schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Document_offers_bearer_sign_in_for_the_leave_endpoints()
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/inbox").GetProperty("get");

        Assert.True(operation.GetProperty("security")[0].TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task Document_is_built_once_then_served_from_the_cache_whatever_the_query()
    {
        var client = app.CreateClient();
        using var first = await client.GetAsync("/openapi/v1.json");
        var built = await first.Content.ReadAsStringAsync();

        using var again = await client.GetAsync("/openapi/v1.json?nocache=" + Guid.NewGuid());

        Assert.Equal((HttpStatusCode.OK, true, built), (again.StatusCode, again.Headers.Age.HasValue, await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Reference_page_is_served()
    {
        var client = app.CreateClient();

        using var response = await client.GetAsync("/api/docs/");

        Assert.Equal((HttpStatusCode.OK, "text/html"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Reference_page_loads_its_scripts_from_the_app_only()
    {
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/api/docs/");

        var sources = ScriptSource().Matches(page).Select(m => m.Groups[1].Value).ToList();

        NonEmpty.All(sources, source => Assert.DoesNotContain("//", source, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reference_page_script_is_served_by_the_app()
    {
        var client = app.CreateClient();

        using var response = await client.GetAsync("/api/docs/scalar.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> DocumentAsync()
    {
        var client = app.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
    }

    [GeneratedRegex("""<script[^>]*\ssrc="([^"]*)""")]
    private static partial Regex ScriptSource();
}
