using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Calendars;

/// <summary>
/// What the start-up does to working calendars (it has run once in every test database, after the test people were
/// added without a country): the default country for people without one, and Leave:PublicHolidays seeding company days once.
/// </summary>
public sealed class PreparingWorkingCalendarsTests : FreshDatabaseTest
{
    // Christmas Eve is no bank holiday in England; Christmas Day and the 28th (Boxing Day moved) are.
    protected override void ConfigurePolicy(LeaveOptions policy) =>
        policy.PublicHolidays.AddRange([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)]);

    [Fact]
    public async Task People_without_a_country_get_the_default_one()
    {
        await using var scope = Database.CreateScope();
        var countries = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Employees.Select(e => e.Country).Distinct().ToListAsync();

        Assert.Equal(["GB"], countries);
    }

    [Fact]
    public async Task Days_of_the_old_list_that_are_no_public_holiday_become_closures_for_everyone()
    {
        var days = await Database.CompanyDaysAsync();

        Assert.Equal([(new DateOnly(2026, 12, 24), PrepareWorkingCalendars.SeededName, (string?)null, false)], days.Select(d => (d.Day, d.Name, d.Country, d.IsHalfDay)));
    }

    [Fact]
    public async Task The_seed_is_audited_with_what_it_made_and_left()
    {
        await using var scope = Database.CreateScope();
        var entry = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().AuditEntries.SingleAsync(e => e.Action == AuditAction.CompanyDayAdded);

        Assert.Equal("closures for everyone: 2026-12-24; already public holidays in GB: 2026-12-25, 2026-12-28", entry.Details);
    }

    [Fact]
    public async Task The_seed_runs_once_even_when_the_admin_removed_every_company_day()
    {
        var seeded = Assert.Single(await Database.CompanyDaysAsync());
        await Database.InScopeAsync<ManageCompanyDays, CompanyDay>(manage => manage.RemoveAsync(seeded.Id, TestPeople.Dana.Actor));

        var again = await Database.InScopeAsync<PrepareWorkingCalendars, int>(prepare => prepare.ExecuteAsync());

        Assert.Equal((0, 0), (again, (await Database.CompanyDaysAsync()).Count));
    }

    [Fact]
    public async Task A_seeded_closure_is_not_spent()
    {
        var request = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 24)));

        Assert.Equal(3m, (await Database.ReloadAsync(request)).WorkingDays);
    }
}
