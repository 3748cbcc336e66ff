namespace LeaveBlazor.Core.Away;

/// <summary>Whose leave the team calendar shows.</summary>
public enum CalendarScopeKind
{
    /// <summary>The viewer, the people who share their manager, and the people they manage.</summary>
    Mine,

    /// <summary>Everyone in one team or department (<see cref="People.Employee.Team"/>).</summary>
    Team,

    /// <summary>Every active person; admins only.</summary>
    Everyone,
}

/// <summary>
/// A calendar filter as the page's address and the API write it: <c>mine</c> (the default), <c>everyone</c>, or
/// <c>team:Sales</c> (a bare team name reads the same, unless it is one of the two words).
/// </summary>
public sealed record CalendarScope(CalendarScopeKind Kind, string? TeamName = null)
{
    public const string MineText = "mine";
    public const string EveryoneText = "everyone";
    public const string TeamPrefix = "team:";

    public static readonly CalendarScope Mine = new(CalendarScopeKind.Mine);

    public static readonly CalendarScope Everyone = new(CalendarScopeKind.Everyone);

    public static CalendarScope Team(string name) => new(CalendarScopeKind.Team, name);

    /// <summary>The scope <paramref name="text"/> names; empty is <see cref="Mine"/>. Whether a team exists is for <see cref="TeamCalendar"/>.</summary>
    public static CalendarScope Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed switch
        {
            "" => Mine,
            _ when trimmed.Equals(MineText, StringComparison.OrdinalIgnoreCase) => Mine,
            _ when trimmed.Equals(EveryoneText, StringComparison.OrdinalIgnoreCase) => Everyone,
            _ when trimmed.StartsWith(TeamPrefix, StringComparison.OrdinalIgnoreCase) => Team(trimmed[TeamPrefix.Length..].Trim()),
            _ => Team(trimmed),
        };
    }

    /// <summary>"mine", "everyone" or "team:Sales": what <see cref="Parse"/> reads back.</summary>
    public override string ToString() => Kind switch
    {
        CalendarScopeKind.Team => TeamPrefix + TeamName,
        CalendarScopeKind.Everyone => EveryoneText,
        _ => MineText,
    };
}
