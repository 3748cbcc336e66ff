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

/// <summary>Reads <see cref="TeamConflicts"/> for requests an approver is deciding, one query per team.</summary>
public sealed class TeamAway(IDbContextFactory<LeaveDbContext> contexts, WorkingCalendars calendars)
{
    public async Task<IReadOnlyDictionary<Guid, TeamConflicts>> ForAsync(IReadOnlyCollection<LeaveRequest> requests, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requesterIds = requests.Select(r => r.RequesterId).Distinct().ToList();
        var requesters = await db.Employees.AsNoTracking().Where(e => requesterIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var teams = new Dictionary<string, List<(string Id, string DisplayName)>>();
        var conflicts = new Dictionary<Guid, TeamConflicts>();
        foreach (var request in requests)
        {
            conflicts[request.Id] = await ForAsync(db, request, requesters[request.RequesterId], teams, cancellationToken);
        }

        return conflicts;
    }

    /// <param name="teams">The teams read so far, by manager: a batch often holds several requests of one team.</param>
    private async Task<TeamConflicts> ForAsync(LeaveDbContext db, LeaveRequest request, Employee requester,
        Dictionary<string, List<(string Id, string DisplayName)>> teams, CancellationToken cancellationToken)
    {
        if (requester.ManagerId is not { } managerId)
        {
            return TeamConflicts.None;
        }

        if (!teams.TryGetValue(managerId, out var team))
        {
            team = (await db.Employees.AsNoTracking().Where(e => e.ManagerId == managerId && e.IsActive)
                .Select(e => new { e.Id, e.DisplayName }).ToListAsync(cancellationToken)).Select(e => (e.Id, e.DisplayName)).ToList();
            teams[managerId] = team;
        }

        var colleagueIds = team.Where(e => e.Id != requester.Id).Select(e => e.Id).ToList();
        var overlapping = await db.LeaveRequests.AsNoTracking()
            .Where(r => colleagueIds.Contains(r.RequesterId) && (r.Status == LeaveStatus.Pending || r.Status == LeaveStatus.Approved)
                && r.FirstDay <= request.LastDay && r.LastDay >= request.FirstDay)
            .OrderBy(r => r.FirstDay).ThenBy(r => r.RequesterId)
            .Select(r => new { r.RequesterId, r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd, r.Status })
            .ToListAsync(cancellationToken);
        var names = team.ToDictionary(e => e.Id, e => e.DisplayName);
        var away = overlapping.Select(r => new TeamAbsence(names[r.RequesterId], new LeaveDates(r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd), r.Status)).ToList();
        if (away.Count == 0)
        {
            return new TeamConflicts([], team.Count, null, 0);
        }

        var calendar = await calendars.OfAsync(db, requester, request.Dates, cancellationToken);
        var worst = calendar.WorkingDaysIn(request.Dates)
            .Select(day => (Day: day, Away: overlapping.Where(r => r.FirstDay <= day && r.LastDay >= day).Select(r => r.RequesterId).Distinct().Count()))
            .OrderByDescending(d => d.Away).ThenBy(d => d.Day)
            .FirstOrDefault();
        return worst.Away == 0
            ? new TeamConflicts(away, team.Count, null, 0)
            : new TeamConflicts(away, team.Count, worst.Day, team.Count - 1 - worst.Away);
    }
}
