using System.Security.Cryptography;
using System.Text;
using LeaveBlazor.Core.Away;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Feeds;

/// <summary>What a feed's address answers: its iCalendar text, and an entity tag that changes exactly when the text does.</summary>
public sealed record FeedContent(string Text, string ETag);

/// <summary>
/// A person's calendar feeds: creating one (or creating it again, which resets its address) and reading one by its
/// address's token. The token is shown once, when made; only its hash is kept, like a decision link's.
/// </summary>
public sealed class CalendarFeeds(IDbContextFactory<LeaveDbContext> contexts, TeamCalendar team, LeaveClock clock, IOptions<AppLinkOptions> links)
{
    /// <summary>The path of a feed's address, before its token.</summary>
    public const string PathPrefix = "feeds/";

    /// <summary>Creates the person's feed of this kind, or gives it a new address (the old one stops at once); returns the address.</summary>
    public Task<string> CreateOrResetAsync(string employeeId, CalendarFeedKind kind, CancellationToken cancellationToken = default) =>
        contexts.InOneTransactionAsync(async db =>
        {
            var person = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employeeId && e.IsActive, cancellationToken)
                ?? throw new LeaveRuleException("Your account is deactivated or has no directory entry: ask an admin to check it.");
            var (hash, token) = SecretToken.New();
            var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.EmployeeId == person.Id && f.Kind == kind, cancellationToken);
            if (feed is null)
            {
                db.CalendarFeeds.Add(new CalendarFeed(person.Id, kind, hash, clock.UtcNow));
            }
            else
            {
                feed.Reset(hash, clock.UtcNow);
            }

            return links.Value.Link($"{PathPrefix}{token}.ics");
        }, cancellationToken);

    /// <summary>The same with the kind as a caller wrote it ("personal" or "team").</summary>
    /// <exception cref="LeaveValidationException">The kind is missing or not one of those.</exception>
    public Task<string> CreateOrResetAsync(string employeeId, string? kind, CancellationToken cancellationToken = default) =>
        CreateOrResetAsync(employeeId, CalendarFeedKinds.Parse(kind), cancellationToken);

    /// <summary>The person's feeds and when each address was made (its address itself is not kept).</summary>
    public async Task<IReadOnlyDictionary<CalendarFeedKind, DateTimeOffset>> OfAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CalendarFeeds.AsNoTracking().Where(f => f.EmployeeId == employeeId).ToDictionaryAsync(f => f.Kind, f => f.CreatedAt, cancellationToken);
    }

    /// <summary>The feed whose address carries <paramref name="token"/>; null for a wrong, malformed or reset token, or a deactivated person.</summary>
    public async Task<FeedContent?> ReadAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (SecretToken.HashOf(token) is not { } hash)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.Hash == hash, cancellationToken);
        var person = feed is null ? null : await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == feed.EmployeeId && e.IsActive, cancellationToken);
        if (feed is null || person is null)
        {
            return null;
        }

        var calendar = feed.Kind == CalendarFeedKind.Personal
            ? new LeaveCalendar($"Leave: {person.DisplayName}", ShowsAsBusy: true, await PersonalAsync(db, person, cancellationToken))
            : new LeaveCalendar($"Who's away: {person.DisplayName}'s team", ShowsAsBusy: false, await TeamAsync(db, person, cancellationToken));
        var text = LeaveCalendarText.Write(calendar);
        return new FeedContent(text, $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32]}\"");
    }

    private async Task<IReadOnlyList<CalendarEntry>> PersonalAsync(LeaveDbContext db, Employee person, CancellationToken cancellationToken)
    {
        // From a year back to two years ahead: what a calendar app shows, without the whole history.
        var (from, to) = (clock.Today.AddYears(-1), clock.Today.AddYears(2));
        var requests = await db.LeaveRequests.AsNoTracking()
            .Where(r => r.RequesterId == person.Id && (r.Status == LeaveStatus.Approved || r.Status == LeaveStatus.Pending) && r.LastDay >= from && r.FirstDay <= to)
            .OrderBy(r => r.FirstDay).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.LeaveType, r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd, r.Status, r.Version, r.DecidedAt, r.SubmittedAt })
            .ToListAsync(cancellationToken);
        return [.. requests.Select(r => LeaveOnCalendar.Entry(r.Id, person.DisplayName, r.LeaveType,
            new LeaveDates(r.FirstDay, r.LastDay, r.HalfDayStart, r.HalfDayEnd), r.Status, r.Version, r.DecidedAt ?? r.SubmittedAt))];
    }

    /// <summary>
    /// The person's team exactly as the team calendar shows it to them (<see cref="TeamCalendar"/>: their "mine" scope,
    /// its privacy: colleagues' leave says "away"), over the longest range it reads, from a quarter back.
    /// </summary>
    private async Task<IReadOnlyList<CalendarEntry>> TeamAsync(LeaveDbContext db, Employee person, CancellationToken cancellationToken)
    {
        var from = clock.Today.AddMonths(-3);
        var viewer = new Viewer(person.Id, person.IsAdmin);
        var view = await team.ReadAsync(viewer, from, from.AddDays(TeamCalendar.MaxDays - 1), CalendarScope.Mine, cancellationToken);
        var absences = view.People.SelectMany(p => p.Absences.Select(a => (p.Name, Absence: a)))
            .OrderBy(a => a.Absence.FirstDay).ThenBy(a => a.Absence.RequestId)
            .ToList();
        var ids = absences.Select(a => a.Absence.RequestId).ToList();
        var changed = await db.LeaveRequests.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, Changed = r.DecidedAt ?? r.SubmittedAt })
            .ToDictionaryAsync(r => r.Id, r => r.Changed, cancellationToken);
        return [.. absences.Select(a => LeaveOnCalendar.Entry(a.Absence.RequestId, a.Name, a.Absence.LeaveType,
            new LeaveDates(a.Absence.FirstDay, a.Absence.LastDay, a.Absence.HalfDayStart, a.Absence.HalfDayEnd), a.Absence.Status, a.Absence.Version,
            changed.GetValueOrDefault(a.Absence.RequestId, clock.UtcNow)))];
    }
}

/// <summary>The feed kinds as the API and its callers write them.</summary>
public static class CalendarFeedKinds
{
    public const string Field = "Kind";

    /// <exception cref="LeaveValidationException">Not "personal" or "team".</exception>
    public static CalendarFeedKind Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "personal" => CalendarFeedKind.Personal,
        "team" => CalendarFeedKind.Team,
        _ => throw new LeaveValidationException(new Dictionary<string, string[]>
        {
            [Field] = [(string.IsNullOrWhiteSpace(text) ? "Say which feed" : "That is not a feed kind")
                + ": \"personal\" (your own leave) or \"team\" (your team, as the calendar shows it)."],
        }),
    };
}
