using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Workflow;

/// <summary>
/// At start: people from before countries were kept get <c>Leave:DefaultCountry</c>; and once in a database's life,
/// each day of <c>Leave:PublicHolidays</c> becomes a company closure for everyone, but for those that are public
/// holidays of the default country already (everyone had them, and now has them from the package). Both audited.
/// </summary>
public sealed class PrepareWorkingCalendars(IDbContextFactory<LeaveDbContext> contexts, IOptions<LeaveOptions> options, PublicHolidayCache holidays, LeaveClock clock)
{
    public const string SeedStep = "company-days-from-Leave:PublicHolidays";
    public const string SeededName = "Company holiday";

    /// <summary>How many company days it made: 0 after the first start.</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var country = HolidayCountries.Find(options.Value.DefaultCountry)
            ?? throw new InvalidOperationException($"Leave:DefaultCountry '{options.Value.DefaultCountry}' is not a known country.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // On SQLite this begins IMMEDIATE: a second instance starting at the same time waits, then finds the step taken.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var withoutCountry = await db.Employees.Where(e => e.Country == "").ToListAsync(cancellationToken);
        foreach (var person in withoutCountry)
        {
            person.SetWorkingTerms(person.WorkingTerms with { Country = country.Code });
        }

        if (withoutCountry.Count > 0)
        {
            AuditEntry.Record(db, clock.UtcNow, Actor.App, AuditAction.AccountChanged, $"{withoutCountry.Count} people from before countries were kept",
                $"country: none → {country.Code} (Leave:DefaultCountry)");
        }

        var seeded = 0;
        if (!await OneTimeStep.IsTakenAsync(db, SeedStep, cancellationToken))
        {
            var days = options.Value.PublicHolidays.Distinct().Order().ToList();
            var closures = days.Where(day => !holidays.IsHoliday(country, null, day)).ToList();
            db.CompanyDays.AddRange(closures.Select(day => new CompanyDay(new CompanyDayDraft(day, SeededName, null, IsHalfDay: false))));
            OneTimeStep.MarkTaken(db, SeedStep, clock.UtcNow);
            if (days.Count > 0)
            {
                AuditEntry.Record(db, clock.UtcNow, Actor.App, AuditAction.CompanyDayAdded, "Leave:PublicHolidays",
                    $"closures for everyone: {List(closures)}; already public holidays in {country.Code}: {List(days.Except(closures))}");
            }

            seeded = closures.Count;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return seeded;
    }

    private static string List(IEnumerable<DateOnly> days) => days.Any() ? string.Join(", ", days.Select(d => d.ToString("yyyy-MM-dd"))) : "none";
}
