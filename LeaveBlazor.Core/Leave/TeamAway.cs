using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Leave;

/// <summary>A colleague's approved or pending leave that overlaps a request being decided.</summary>
public sealed record TeamAbsence(string Name, LeaveDates Dates, LeaveStatus Status)
{
    /// <summary>"Sam Colleague is away 3–5 Mar 2027, approved" (the type and reason are never shown).</summary>
    public string Describe() =>
        $"{Name} is away {LeaveFormat.Range(Dates.FirstDay, Dates.LastDay)}, {(Status == LeaveStatus.Approved ? "approved" : "not yet approved")}";
}

/// <summary>
/// Who else in the requester's team is away while the request would be: its team is everyone active who reports to
/// the same manager. With the worst working day of the request, when the fewest of the team would be at work.
/// </summary>
public sealed record TeamConflicts(IReadOnlyList<TeamAbsence> Away, int TeamSize, DateOnly? WorstDay, int AtWorkOnWorstDay)
{
    public static readonly TeamConflicts None = new([], 0, null, 0);

    /// <summary>"Sam Colleague is away 3–5 Mar 2027, approved. On 4 Mar 2027 2 of the team of 5 would be at work." or "Nobody else in the team is away then."</summary>
    public string Describe() => Away.Count == 0
        ? "Nobody else in the team is away then."
        : string.Join("; ", Away.Select(a => a.Describe())) + "."
            + (WorstDay is { } day ? $" On {LeaveFormat.Day(day)} {AtWorkOnWorstDay} of the team of {TeamSize} would be at work." : "");
}

/// <summary>
/// Reads <see cref="TeamConflicts"/> for requests an approver is deciding: per team on the list, one read of its
/// members and one of their leave on the days its requests cover (<see cref="DaySpans"/>); the company days once for
/// the whole list.
/// </summary>
public sealed class TeamAway(IDbContextFactory<LeaveDbContext> contexts, WorkingCalendars calendars)
{
    private sealed record TeamLeave(string RequesterId, LeaveDates Dates, LeaveStatus Status);

    public async Task<IReadOnlyDictionary<Guid, TeamConflicts>> ForAsync(IReadOnlyCollection<LeaveRequest> requests, CancellationToken cancellationToken = default)
    {
        var conflicts = requests.ToDictionary(r => r.Id, _ => TeamConflicts.None);
        if (requests.Count == 0)
        {
            return conflicts;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requesterIds = requests.Select(r => r.RequesterId).Distinct().ToList();
        var requesters = await db.Employees.AsNoTracking().Where(e => requesterIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var (from, to) = (requests.Min(r => r.FirstDay), requests.Max(r => r.LastDay));
        var companyDays = await db.CompanyDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= to).ToListAsync(cancellationToken);
        foreach (var team in requests.GroupBy(r => requesters[r.RequesterId].ManagerId))
        {
            if (team.Key is not { } managerId)
            {
                continue;
            }

            var members = await db.Employees.AsNoTracking().Where(e => e.ManagerId == managerId && e.IsActive)
                .Select(e => new { e.Id, e.DisplayName }).ToDictionaryAsync(e => e.Id, e => e.DisplayName, cancellationToken);
            var leave = await LeaveOfAsync(db, members.Keys.ToList(), DaySpans.Covering(team.Select(r => (r.FirstDay, r.LastDay))), cancellationToken);
            foreach (var request in team)
            {
                var requester = requesters[request.RequesterId];
                conflicts[request.Id] = Conflicts(request, members, leave, () => calendars.Of(requester, companyDays));
            }
        }

        return conflicts;
    }

    /// <summary>The members' approved and pending leave overlapping any of the spans, in order.</summary>
    private static async Task<List<TeamLeave>> LeaveOfAsync(LeaveDbContext db, List<string> memberIds, IReadOnlyList<DaySpan> spans, CancellationToken cancellationToken) =>
        (await db.LeaveRequests.AsNoTracking()
            .Where(r => memberIds.Contains(r.RequesterId) && (r.Status == LeaveStatus.Pending || r.Status == LeaveStatus.Approved))
            .Where(DaySpans.OverlapsAny<LeaveRequest>(spans, r => r.FirstDay, r => r.LastDay))
            .OrderBy(r => r.FirstDay).ThenBy(r => r.RequesterId)
            .Select(r => new { r.RequesterId, r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd, r.Status })
            .ToListAsync(cancellationToken))
        .Select(r => new TeamLeave(r.RequesterId, new LeaveDates(r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd), r.Status))
        .ToList();

    /// <param name="teamLeave">The team's leave over days including the request's.</param>
    private static TeamConflicts Conflicts(LeaveRequest request, Dictionary<string, string> team, List<TeamLeave> teamLeave, Func<WorkingDayCalendar> calendar)
    {
        var overlapping = teamLeave
            .Where(l => l.RequesterId != request.RequesterId && l.Dates.FirstDay <= request.LastDay && l.Dates.LastDay >= request.FirstDay)
            .ToList();
        if (overlapping.Count == 0)
        {
            return new TeamConflicts([], team.Count, null, 0);
        }

        var away = overlapping.Select(l => new TeamAbsence(team[l.RequesterId], l.Dates, l.Status)).ToList();
        var worst = calendar().WorkingDaysIn(request.Dates)
            .Select(day => (Day: day, Away: overlapping.Where(l => l.Dates.FirstDay <= day && l.Dates.LastDay >= day).Select(l => l.RequesterId).Distinct().Count()))
            .OrderByDescending(d => d.Away).ThenBy(d => d.Day)
            .FirstOrDefault();
        return worst.Away == 0
            ? new TeamConflicts(away, team.Count, null, 0)
            : new TeamConflicts(away, team.Count, worst.Day, team.Count - 1 - worst.Away);
    }
}
