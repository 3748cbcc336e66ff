using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Away;

/// <summary>The calendar's fields, as its refusals name them (the API camelCases them).</summary>
public static class TeamCalendarFields
{
    public const string From = "From";
    public const string To = "To";
    public const string Team = "Team";
}

/// <summary>
/// Who is away when: for a range of days (a month on the page, up to <see cref="MaxDays"/> over the API), each active
/// person in the viewer's <see cref="CalendarScope"/> with the days they do not work and their approved and pending leave.
/// A handful of queries however many people there are: the people, their leave, the company days; public holidays
/// come from <see cref="PublicHolidayCache"/> through each person's <see cref="WorkingDayCalendar"/>.
/// </summary>
public sealed class TeamCalendar(IDbContextFactory<LeaveDbContext> contexts, WorkingCalendars calendars)
{
    /// <summary>The longest range one read covers: a leap year.</summary>
    public const int MaxDays = 366;

    /// <summary>Adds a message per field when the range is back to front or longer than <see cref="MaxDays"/>.</summary>
    public static void CheckRange(DateOnly from, DateOnly to, FieldErrors errors)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        if (days < 1)
        {
            errors.Add(TeamCalendarFields.To, $"The end ({to:yyyy-MM-dd}) is before the start ({from:yyyy-MM-dd}): the end can be the start at the earliest.");
        }
        else if (days > MaxDays)
        {
            errors.Add(TeamCalendarFields.To, $"The range from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} is {days} days: ask for {MaxDays} days at most, such as a month at a time.");
        }
    }

    /// <summary>
    /// The calendar as <paramref name="viewer"/> may see it. Refused: a range <see cref="CheckRange"/> refuses, a team
    /// nobody active is in (a field error on <see cref="TeamCalendarFields.Team"/>), and everyone for a non-admin.
    /// </summary>
    public async Task<TeamCalendarView> ReadAsync(Viewer viewer, DateOnly from, DateOnly to, CalendarScope scope, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        CheckRange(from, to, errors);
        if (scope.Kind == CalendarScopeKind.Everyone && !viewer.IsAdmin)
        {
            throw new LeaveRuleException("Only admins can see everyone on the calendar: choose your team or a team by name.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = db.Employees.AsNoTracking().Where(e => e.IsActive);
        if (scope.Kind == CalendarScopeKind.Team)
        {
            var spellings = await SpellingsAsync(db, scope.TeamName, errors, cancellationToken);
            people = people.Where(e => e.Team != null && spellings.Contains(e.Team));
        }
        else if (scope.Kind == CalendarScopeKind.Mine)
        {
            var managerId = await db.Employees.Where(e => e.Id == viewer.EmployeeId).Select(e => e.ManagerId).SingleOrDefaultAsync(cancellationToken);
            people = people.Where(e => e.Id == viewer.EmployeeId || e.ManagerId == viewer.EmployeeId || (managerId != null && e.ManagerId == managerId));
        }

        errors.ThrowIfAny();
        var persons = await people.OrderBy(e => e.DisplayName).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var leave = (await db.LeaveRequests.AsNoTracking()
            .Where(r => (r.Status == LeaveStatus.Pending || r.Status == LeaveStatus.Approved) && r.FirstDay <= to && r.LastDay >= from)
            .Where(r => people.Any(p => p.Id == r.RequesterId))
            .OrderBy(r => r.FirstDay).ThenBy(r => r.Reference)
            .Select(r => new { r.Id, r.Reference, r.RequesterId, r.ApproverId, r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd, r.Status, r.Version, r.LeaveType })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.RequesterId);
        var companyDays = await db.CompanyDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= to).ToListAsync(cancellationToken);

        var days = Enumerable.Range(from.DayNumber, to.DayNumber - from.DayNumber + 1).Select(DateOnly.FromDayNumber).ToList();
        var rows = persons.Select(person =>
        {
            var calendar = calendars.Of(person, companyDays);
            var daysOff = days.Select(day => (Day: day, Kind: calendar.KindOf(day))).Where(d => d.Kind != CalendarDay.Working).ToDictionary(d => d.Day, d => d.Kind);
            var seesType = viewer.IsAdmin || person.Id == viewer.EmployeeId || person.ManagerId == viewer.EmployeeId;
            var absences = leave[person.Id].Select(r => new CalendarAbsence(r.Id, r.Reference, r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd, r.Status, r.Version,
                seesType || r.ApproverId == viewer.EmployeeId ? r.LeaveType : null)).ToList();
            return new CalendarPerson(person.Id, person.DisplayName, person.Team, daysOff, absences);
        }).ToList();
        return new TeamCalendarView(from, to, scope, rows);
    }

    /// <summary>The teams active people are in, for the filter: each once (however its people's entries spell it), by name.</summary>
    public async Task<IReadOnlyList<string>> TeamsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Distinct(await TeamNamesAsync(db, cancellationToken));
    }

    private static async Task<List<string>> SpellingsAsync(LeaveDbContext db, string? team, FieldErrors errors, CancellationToken cancellationToken)
    {
        var names = await TeamNamesAsync(db, cancellationToken);
        var spellings = names.Where(n => string.Equals(n, team?.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (spellings.Count == 0)
        {
            var known = Distinct(names);
            errors.Add(TeamCalendarFields.Team, string.IsNullOrWhiteSpace(team)
                ? "Name the team, such as team:Sales."
                : known.Count == 0
                    ? $"There is no team '{Shortened(team)}': nobody has a team or department yet."
                    : $"There is no team '{Shortened(team)}': choose one of {string.Join(", ", known.Take(20))}{(known.Count > 20 ? ", …" : "")}.");
        }

        return spellings;
    }

    private static Task<List<string>> TeamNamesAsync(LeaveDbContext db, CancellationToken cancellationToken) =>
        db.Employees.AsNoTracking().Where(e => e.IsActive && e.Team != null).Select(e => e.Team!).Distinct().ToListAsync(cancellationToken);

    private static List<string> Distinct(IEnumerable<string> names) =>
        [.. names.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    private static string Shortened(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
