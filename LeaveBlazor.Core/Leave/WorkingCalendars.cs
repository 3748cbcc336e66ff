using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// The working calendar of a person: their working pattern, the public holidays of their country and region (cached
/// per year by <see cref="PublicHolidayCache"/>), the company days for everyone or their country, and their employment.
/// </summary>
public sealed class WorkingCalendars(IDbContextFactory<LeaveDbContext> contexts, PublicHolidayCache holidays, IOptions<LeaveOptions> options)
{
    public async Task<WorkingDayCalendar> OfAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == employeeId, cancellationToken);
        return await OfAsync(db, person, cancellationToken: cancellationToken);
    }

    /// <param name="within">Days the caller will ask about, when it knows them: only their company days are read.</param>
    public async Task<WorkingDayCalendar> OfAsync(LeaveDbContext db, Employee person, LeaveDates? within = null, CancellationToken cancellationToken = default)
    {
        var country = CountryOf(person);
        var companyDays = db.CompanyDays.AsNoTracking().Where(d => d.Country == null || d.Country == country.Code);
        if (within is not null)
        {
            companyDays = companyDays.Where(d => d.Day >= within.FirstDay && d.Day <= within.LastDay);
        }

        return Of(person, await companyDays.ToListAsync(cancellationToken));
    }

    /// <summary>The calendar from company days already read; those for other countries are left out here.</summary>
    public WorkingDayCalendar Of(Employee person, IEnumerable<CompanyDay> companyDays)
    {
        var country = CountryOf(person);
        var region = person.Region;
        return new WorkingDayCalendar(person.WorkingPattern, day => holidays.IsHoliday(country, region, day),
            companyDays.Where(d => d.AppliesTo(country.Code)), person.EmploymentStart, person.EmploymentEnd);
    }

    /// <summary>The person's country; the default for people from before countries were kept (and any the package dropped).</summary>
    public HolidayCountry CountryOf(Employee person) =>
        HolidayCountries.Find(person.Country) ?? HolidayCountries.Find(options.Value.DefaultCountry)!;
}
