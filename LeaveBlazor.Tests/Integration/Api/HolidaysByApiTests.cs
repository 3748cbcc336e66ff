using System.Text.Json;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>The holidays of a year from a script: a country's and region's public holidays with the company days, and what is refused.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class HolidaysByApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Country_and_year_give_its_public_holidays_in_date_order()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var days = await HolidaysAsync(alex, "?country=DE&year=2027");

        Assert.Equal((9, "2027-01-01", "2027-10-03", "public"),
            (days.Count, Date(days[0]), days.Select(Date).Single(d => d.StartsWith("2027-10", StringComparison.Ordinal)), days[0].GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Region_adds_its_own_holidays()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var scotland = await HolidaysAsync(alex, "?country=GB&region=SCT&year=2027");
        var england = await HolidaysAsync(alex, "?country=GB&region=ENG&year=2027");

        // St Andrew's Day, 30 November, is Scotland's; Easter Monday is England's.
        Assert.Equal((true, false, false, true),
            (scotland.Any(d => Date(d) == "2027-11-30"), england.Any(d => Date(d) == "2027-11-30"),
                scotland.Any(d => Date(d) == "2027-03-29"), england.Any(d => Date(d) == "2027-03-29")));
    }

    [Fact]
    public async Task By_default_my_own_country_and_this_year_with_names()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);
        var year = app.Services.GetRequiredService<LeaveClock>().Today.Year;

        var days = await HolidaysAsync(alex, "");

        Assert.Equal((true, $"{year}-01-01", true),
            (days.All(d => Date(d).StartsWith($"{year}-", StringComparison.Ordinal)), Date(days[0]),
                days[0].GetProperty("name").GetString()!.Contains("New Year", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Company_day_is_listed_with_its_kind_and_half_day()
    {
        var admin = await app.EmployeeAsync(LeaveApp.AdminEmail);
        await app.InScopeAsync<ManageCompanyDays, CompanyDay>(days => days.AddAsync(
            new CompanyDayDraft(new DateOnly(2030, 12, 24), "Christmas Eve", null, IsHalfDay: true), new Actor(admin.Id, admin.DisplayName)));
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var day = (await HolidaysAsync(alex, "?country=GB&year=2030")).Single(d => Date(d) == "2030-12-24");

        Assert.Equal(("Christmas Eve", "company", true), (day.GetProperty("name").GetString(), day.GetProperty("kind").GetString(), day.GetProperty("halfDay").GetBoolean()));
    }

    [Theory]
    [InlineData("?country=XX", "country", "'XX' is not a country whose public holidays are known here: use one of AT, AU, BE,")]
    [InlineData("?country=DE&region=ZZ", "region", "'ZZ' is not a region of Germany: use one of BW, BY, BE,")]
    [InlineData("?country=IT&region=RM", "region", "Italy has the same public holidays everywhere: leave the region out.")]
    [InlineData("?year=1800", "year", "Choose a year from")]
    [InlineData("?year=next", "year", "year must be a year written as a whole number, such as 2027.")]
    [InlineData("?country=CH&region=ZH&year=2008", "year", "The public holidays of Switzerland (Zurich) in 2008 cannot be worked out here")]
    public async Task Unknown_country_region_or_year_is_refused_on_its_field(string query, string field, string start)
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var problem = await (await alex.GetAsync($"/api/holidays{query}")).ReadProblemAsync();

        Assert.Equal((400, true), (problem.Status, problem.ErrorFor(field).StartsWith(start, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Nobody_signed_in_is_refused()
    {
        var nobody = await app.ClientAsync(null);

        using var response = await nobody.GetAsync("/api/holidays");

        Assert.Equal(401, (int)response.StatusCode);
    }

    private static async Task<List<JsonElement>> HolidaysAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/holidays{query}");
        response.EnsureSuccessStatusCode();
        return [.. (await response.ReadJsonAsync()).EnumerateArray()];
    }

    private static string Date(JsonElement day) => day.GetProperty("date").GetString()!;
}
