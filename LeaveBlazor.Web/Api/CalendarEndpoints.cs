using System.ComponentModel;
using LeaveBlazor.Core.Away;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Web.Api;

/// <summary><c>/api/calendar</c>: who is away when, as the Calendar page shows it (<see cref="TeamCalendar"/>, privacy applied).</summary>
public static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendarEndpoints(this RouteGroupBuilder calendar)
    {
        calendar.MapGet("/", ReadAsync)
            .WithName("Calendar")
            .WithSummary("List who is away: people with their approved and pending leave")
            .WithDescription($"?from= and ?to= (yyyy-mm-dd, at most {TeamCalendar.MaxDays} days; by default this month). ?team= is mine (the default: you, the people who share your manager and the people you manage), "
                + "a team or department by name (team:Sales or Sales, any case), or everyone (admins only, else 403). Each person comes with the days they do not work and their leave; "
                + "the type of leave is there only for the person, the request's approver, the person's manager and admins (null for colleagues), the reason never.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return calendar;
    }

    private static async Task<CalendarView> ReadAsync(
        string? from, string? to, string? team, ApiCaller caller, TeamCalendar calendar, LeaveClock clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var first = ApiQuery.Day(from, TeamCalendarFields.From, errors);
        var last = ApiQuery.Day(to, TeamCalendarFields.To, errors);
        errors.ThrowIfAny();
        var start = first ?? CalendarMonths.FirstDay(last ?? clock.Today);
        var end = last ?? CalendarMonths.LastDay(start);
        return CalendarView.Of(await calendar.ReadAsync(caller.Viewer, start, end, CalendarScope.Parse(team), cancellationToken));
    }
}

/// <summary>The calendar for a range: whose it is (<c>mine</c>, <c>everyone</c> or <c>team:Name</c>) and each person in it, by name.</summary>
public sealed record CalendarView(DateOnly From, DateOnly To, string Team, CalendarPersonView[] People)
{
    public static CalendarView Of(TeamCalendarView calendar) =>
        new(calendar.From, calendar.To, calendar.Scope.ToString(), [.. calendar.People.Select(CalendarPersonView.From)]);
}

/// <summary>A person on the calendar.</summary>
public sealed record CalendarPersonView(string Id, string Name, string? Team, CalendarDayOffView[] DaysOff, CalendarAbsenceView[] Absences)
{
    public static CalendarPersonView From(CalendarPerson person) => new(person.Id, person.Name, person.Team,
        [.. person.DaysOff.OrderBy(d => d.Key).Select(d => new CalendarDayOffView(d.Key, d.Value.ToString()))],
        [.. person.Absences.Select(CalendarAbsenceView.From)]);
}

/// <summary>A day the person does not work, or works only in the morning.</summary>
public sealed record CalendarDayOffView(
    DateOnly Date,
    [property: Description("NotWorked (outside their working days), PublicHoliday, CompanyClosure, MorningOnly (a company half day) or NotEmployed.")] string Kind);

/// <summary>Approved or pending leave on the calendar.</summary>
public sealed record CalendarAbsenceView(
    string Ref, Guid Id,
    [property: Description("Pending or Approved.")] string State,
    [property: Description("The leave type, for the person, the request's approver, the person's manager and admins; null for everyone else.")] string? Type,
    DateOnly FirstDay, DateOnly LastDay,
    [property: Description("The first day begins at noon.")] bool HalfDayStart,
    [property: Description("The last day ends at noon.")] bool HalfDayEnd,
    int Version)
{
    public static CalendarAbsenceView From(CalendarAbsence absence) => new(absence.Reference, absence.RequestId, absence.Status.ToString(), absence.LeaveType,
        absence.FirstDay, absence.LastDay, absence.HalfDayStart, absence.HalfDayEnd, absence.Version);
}
