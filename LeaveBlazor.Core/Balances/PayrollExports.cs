using System.Globalization;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Balances;

/// <summary>One approved request's days within an export's period: its first and last day there, and its working days there.</summary>
public sealed record LeaveTakenRow(string Email, string Name, string Type, DateOnly FirstDay, DateOnly LastDay, decimal WorkingDays);

/// <summary>One person's balance of one counted type as the ledger stood at the end of a day.</summary>
public sealed record BalanceRow(string Email, string Name, string Type, int Year, BalanceFigures Figures, decimal Planned);

public static class PayrollExportFields
{
    public const string From = nameof(From);
    public const string To = nameof(To);
    public const string On = nameof(On);
}

/// <summary>
/// What payroll downloads (<see cref="PayrollCsv"/>): the leave taken in a period of at most a year, and everyone's
/// balances on a day. Both read the database as it is; neither changes anything.
/// </summary>
public sealed class PayrollExports(IDbContextFactory<LeaveDbContext> contexts, WorkingCalendars calendars, LeaveTaken taken, LeaveClock clock)
{
    public const int MaxPeriodDays = 366;

    public static IReadOnlyList<string> LeaveTakenHeader { get; } = ["email", "name", "type", "first_day", "last_day", "working_days"];

    public static IReadOnlyList<string> BalancesHeader { get; } =
        ["email", "name", "type", "year", "allowance", "carried_over", "adjustments", "taken", "planned", "left"];

    /// <summary>Both days there, in order, at most <see cref="MaxPeriodDays"/> days apart (counting both), in <see cref="YearRange"/>.</summary>
    public static FieldErrors CheckPeriod(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var errors = new FieldErrors();
        CheckDay(from, PayrollExportFields.From, "the first day of the period", today, errors);
        CheckDay(to, PayrollExportFields.To, "the last day of the period", today, errors);
        if (from is { } first && to is { } last && !errors.Any)
        {
            if (last < first)
            {
                errors.Add(PayrollExportFields.To, $"The period ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}): swap the days.");
            }
            else if (last.DayNumber - first.DayNumber + 1 > MaxPeriodDays)
            {
                errors.Add(PayrollExportFields.To, $"A period is at most {MaxPeriodDays} days; {first:yyyy-MM-dd} to {last:yyyy-MM-dd} is {last.DayNumber - first.DayNumber + 1}: export it in parts.");
            }
        }

        return errors;
    }

    public static FieldErrors CheckOn(DateOnly? on, DateOnly today)
    {
        var errors = new FieldErrors();
        CheckDay(on, PayrollExportFields.On, "the day of the balances", today, errors);
        return errors;
    }

    /// <summary>Every approved request with days in the period, cut to it: by name, then first day.</summary>
    public async Task<List<LeaveTakenRow>> LeaveTakenAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        CheckPeriod(from, to, clock.Today).ThrowIfAny();
        var (first, last) = (from!.Value, to!.Value);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requests = await db.LeaveRequests.AsNoTracking().Include(r => r.Requester)
            .Where(r => r.Status == LeaveStatus.Approved && r.FirstDay <= last && r.LastDay >= first)
            .ToListAsync(cancellationToken);
        var companyDays = await db.CompanyDays.AsNoTracking().Where(d => d.Day >= first && d.Day <= last).ToListAsync(cancellationToken);
        var rows = new List<LeaveTakenRow>();
        foreach (var request in requests.OrderBy(r => r.Requester.DisplayName).ThenBy(r => r.Requester.Email).ThenBy(r => r.FirstDay))
        {
            var part = new LeaveDates(
                request.FirstDay > first ? request.FirstDay : first,
                request.LastDay < last ? request.LastDay : last,
                request.HalfDayStart && request.FirstDay >= first,
                request.HalfDayEnd && request.LastDay <= last);

            // Whole, it counts as it was approved; cut, its part is counted on the person's calendar (never more than the whole).
            var days = part == request.Dates
                ? request.WorkingDays
                : Math.Min(request.WorkingDays, calendars.Of(request.Requester, companyDays).Count(part));
            if (days > 0)
            {
                rows.Add(new LeaveTakenRow(request.Requester.Email, request.Requester.DisplayName, request.LeaveType, part.FirstDay, part.LastDay, days));
            }
        }

        return rows;
    }

    /// <summary>
    /// Each person's balance of each counted type in the year of <paramref name="on"/>, from the ledger's lines written
    /// by the end of that day (in the policy's time zone), with the requests that were pending then as planned. Everyone
    /// active and employed that year, and anyone with lines in it; by name, then type.
    /// </summary>
    public async Task<List<BalanceRow>> BalancesOnAsync(DateOnly? on, CancellationToken cancellationToken = default)
    {
        CheckOn(on, clock.Today).ThrowIfAny();
        var year = on!.Value.Year;
        var end = clock.StartOf(on.Value.AddDays(1));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = (await db.BalanceEntries.AsNoTracking().Where(l => l.Year == year && l.At < end)
                .Select(l => new { l.EmployeeId, l.LeavePolicyId, l.Kind, l.Days })
                .ToListAsync(cancellationToken))
            .ToLookup(l => (l.EmployeeId, l.LeavePolicyId), l => (l.Kind, l.Days));
        var policies = await db.LeavePolicies.AsNoTracking().Where(p => p.CountsAgainstAllowance).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var people = await db.Employees.AsNoTracking().ToListAsync(cancellationToken);
        var planned = await PlannedAsync(db, year, end, cancellationToken);

        var rows = new List<BalanceRow>();
        foreach (var person in people.OrderBy(p => p.DisplayName).ThenBy(p => p.Email))
        {
            var counted = person.IsActive && Entitlement.EmployedIn(year, person.EmploymentStart, person.EmploymentEnd);
            foreach (var policy in policies)
            {
                var ofType = lines[(person.Id, policy.Id)].ToList();
                if (ofType.Count > 0 || (counted && policy.IsActive))
                {
                    rows.Add(new BalanceRow(person.Email, person.DisplayName, policy.Name, year, BalanceFigures.Of(ofType),
                        planned.GetValueOrDefault((person.Id, policy.Id))));
                }
            }
        }

        return rows;
    }

    public static byte[] LeaveTakenCsv(IEnumerable<LeaveTakenRow> rows) =>
        PayrollCsv.Write(LeaveTakenHeader, rows, r => [r.Email, r.Name, r.Type, r.FirstDay, r.LastDay, r.WorkingDays]);

    public static byte[] BalancesCsv(IEnumerable<BalanceRow> rows) =>
        PayrollCsv.Write(BalancesHeader, rows, r =>
            [r.Email, r.Name, r.Type, r.Year, r.Figures.Allowance, r.Figures.CarriedOver, r.Figures.Adjustments, r.Figures.Taken, r.Planned, r.Figures.Left]);

    public static string LeaveTakenFileName(DateOnly from, DateOnly to) => $"leave-taken-{Iso(from)}-to-{Iso(to)}.csv";

    public static string BalancesFileName(DateOnly on) => $"balances-on-{Iso(on)}.csv";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The days in <paramref name="year"/> of the requests that were pending at <paramref name="end"/>: submitted before it and decided (if at all) after it.</summary>
    private async Task<Dictionary<(string, int), decimal>> PlannedAsync(LeaveDbContext db, int year, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var pending = await db.LeaveRequests.AsNoTracking().Include(r => r.Requester)
            .Where(r => r.SubmittedAt < end && (r.Status == LeaveStatus.Pending || r.DecidedAt >= end) && r.FirstDay <= last && r.LastDay >= first)
            .ToListAsync(cancellationToken);
        var planned = new Dictionary<(string, int), decimal>();
        foreach (var request in pending)
        {
            var share = (await taken.DaysByYearAsync(db, request, cancellationToken)).Where(s => s.Year == year).Sum(s => s.Days);
            var key = (request.RequesterId, request.LeavePolicyId);
            planned[key] = planned.GetValueOrDefault(key) + share;
        }

        return planned;
    }

    private static void CheckDay(DateOnly? day, string field, string what, DateOnly today, FieldErrors errors)
    {
        if (day is not { } known)
        {
            errors.Add(field, $"Enter {what}, written yyyy-mm-dd such as {today:yyyy-MM-dd}.");
        }
        else
        {
            YearRange.Check(known.Year, today, field, errors);
        }
    }
}
