using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Calendars;

/// <summary>Admins add, change and remove company days; each change is checked field by field and audited.</summary>
public sealed class ManagingCompanyDaysTests : FreshDatabaseTest
{
    private static readonly CompanyDayDraft ChristmasEve = new(new DateOnly(2027, 12, 24), "Christmas Eve", "GB", IsHalfDay: true);

    [Fact]
    public async Task An_added_day_is_kept_as_entered()
    {
        await AddAsync(ChristmasEve);

        var day = Assert.Single(await Database.CompanyDaysAsync());
        Assert.Equal((new DateOnly(2027, 12, 24), "Christmas Eve", "GB", true), (day.Day, day.Name, day.Country, day.IsHalfDay));
    }

    [Fact]
    public async Task An_added_day_is_audited()
    {
        await AddAsync(ChristmasEve);

        var entry = Assert.Single(await AuditAsync(AuditAction.CompanyDayAdded));
        Assert.Equal((TestPeople.Dana.DisplayName, "Fri 24 Dec 2027, Christmas Eve (half day, GB)"), (entry.ActorName, entry.Subject));
    }

    [Fact]
    public async Task The_days_of_a_year_are_listed_in_order()
    {
        await AddAsync(ChristmasEve);
        await AddAsync(new CompanyDayDraft(new DateOnly(2027, 1, 4), "Winter closure", null, false));
        await AddAsync(new CompanyDayDraft(new DateOnly(2028, 1, 3), "Next winter", null, false));

        var days = await Database.InScopeAsync<ManageCompanyDays, List<CompanyDay>>(manage => manage.ListAsync(2027));

        Assert.Equal(["Winter closure", "Christmas Eve"], days.Select(d => d.Name));
    }

    [Fact]
    public async Task A_change_is_kept_and_audited_with_before_and_after()
    {
        var day = await AddAsync(ChristmasEve);

        await Database.InScopeAsync<ManageCompanyDays, CompanyDay>(manage => manage.ChangeAsync(day.Id, ChristmasEve with { IsHalfDay = false, Country = "" }, TestPeople.Dana.Actor));

        var entry = Assert.Single(await AuditAsync(AuditAction.CompanyDayChanged));
        Assert.Equal(("Fri 24 Dec 2027, Christmas Eve (half day, GB)", "now Fri 24 Dec 2027, Christmas Eve (closure, everyone)"), (entry.Subject, entry.Details));
    }

    [Fact]
    public async Task A_removed_day_is_gone_and_audited()
    {
        var day = await AddAsync(ChristmasEve);

        await Database.InScopeAsync<ManageCompanyDays, CompanyDay>(manage => manage.RemoveAsync(day.Id, TestPeople.Dana.Actor));

        Assert.Equal((0, 1), ((await Database.CompanyDaysAsync()).Count, (await AuditAsync(AuditAction.CompanyDayRemoved)).Count));
    }

    [Fact]
    public async Task Removing_a_day_that_is_gone_is_refused_in_words()
    {
        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() =>
            Database.InScopeAsync<ManageCompanyDays, CompanyDay>(manage => manage.RemoveAsync(404, TestPeople.Dana.Actor)));

        Assert.Equal("That company day no longer exists: someone may have removed it. Reload the page.", refused.Message);
    }

    [Fact]
    public async Task The_same_day_twice_for_the_same_people_is_refused()
    {
        await AddAsync(ChristmasEve);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => AddAsync(ChristmasEve with { Name = "Again" }));

        Assert.Equal(["Fri 24 Dec 2027, Christmas Eve (half day, GB) is already a company day for the same people: change that one instead."],
            refused.Errors[CompanyDayRules.DayField]);
    }

    [Fact]
    public async Task The_same_day_for_other_people_is_accepted()
    {
        await AddAsync(ChristmasEve);

        await AddAsync(ChristmasEve with { Country = "DE" });

        Assert.Equal(2, (await Database.CompanyDaysAsync()).Count);
    }

    [Theory]
    [InlineData(null, "Christmas Eve", "", "Day", "Enter the day, such as 2027-12-24.")]
    [InlineData("2027-12-24", " ", "", "Name", "Enter a name of 1 to 100 characters, such as \"Christmas Eve\".")]
    [InlineData("2027-12-24", "Eve\u202E", "", "Name", "The name contains a text-direction mark (U+202E) at character 4: remove it.")]
    [InlineData("2027-12-24", "Christmas Eve", "XX", "Country", "'XX' is not a country whose public holidays are known here: leave it empty for everyone, or use one of ")]
    public async Task A_bad_field_is_refused_on_that_field(string? day, string name, string country, string field, string message)
    {
        var draft = new CompanyDayDraft(day is null ? null : DateOnly.Parse(day), name, country, false);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => AddAsync(draft));

        Assert.StartsWith(message, Assert.Single(refused.Errors[field]), StringComparison.Ordinal);
    }

    private Task<CompanyDay> AddAsync(CompanyDayDraft draft) =>
        Database.InScopeAsync<ManageCompanyDays, CompanyDay>(manage => manage.AddAsync(draft, TestPeople.Dana.Actor));

    private async Task<List<AuditEntry>> AuditAsync(AuditAction action)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().AuditEntries.AsNoTracking().Where(e => e.Action == action).ToListAsync();
    }
}
