using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Leave;

/// <summary>The leave policy read from the <c>Leave</c> configuration section.</summary>
public sealed class LeaveOptions
{
    public const string Section = "Leave";

    /// <summary>
    /// The leave types made policies at first start (<c>SeedLeavePolicies</c>); afterwards admins manage them on the
    /// Leave types page, and this list is not read again.
    /// </summary>
    // Lists start empty: the configuration binder appends to initialised collections.
    public List<string> Types { get; set; } = [];

    /// <summary>
    /// Read once, at the first start of a database: each day becomes a company closure for everyone (unless it is a
    /// public holiday of <see cref="DefaultCountry"/> already). From then on admins manage company days, and this is ignored.
    /// </summary>
    public List<DateOnly> PublicHolidays { get; set; } = [];

    /// <summary>The ISO 3166 code of the country new people (and those from before countries were kept) get.</summary>
    public string DefaultCountry { get; set; } = "GB";

    public int MaxSpanDays { get; set; } = 60;

    /// <summary>How many days back a request may start; 0 means leave starts today or later.</summary>
    public int PastDaysAllowed { get; set; }

    /// <summary>How many days ahead of today a request may start (730: two years).</summary>
    public int MaxDaysAhead { get; set; } = 730;

    public int ReasonMaxLength { get; set; } = 500;

    public int CommentMaxLength { get; set; } = 1000;

    /// <summary>IANA time zone that decides what "today" is; empty means the server's zone.</summary>
    public string TimeZone { get; set; } = "";

    private const int MaxDaysEitherWay = 3650;

    public static LeaveOptions Default() => new() { Types = ["Annual", "Sick", "Unpaid", "Other"] };

    public IEnumerable<string> Problems()
    {
        if (Types.Count == 0 || Types.Any(string.IsNullOrWhiteSpace))
        {
            yield return "Leave:Types must list at least one leave type, none of them blank.";
        }
        else if (Types.FirstOrDefault(t => t.Trim().Length > LeavePolicyRules.NameMaxLength || PlainText.ProblemIn(t, "name") is not null) is { } unfit)
        {
            yield return $"Leave:Types has '{unfit}': a leave type is a name of 1 to {LeavePolicyRules.NameMaxLength} characters, on one line, without control characters.";
        }
        else if (Types.GroupBy(t => t.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            yield return $"Leave:Types lists {twice.Key} more than once (case is ignored): list each leave type once.";
        }

        if (HolidayCountries.Find(DefaultCountry) is null)
        {
            yield return $"Leave:DefaultCountry '{DefaultCountry}' is not a country whose public holidays are known: use one of {HolidayCountries.Codes}.";
        }

        if (MaxSpanDays < 1)
        {
            yield return "Leave:MaxSpanDays must be at least 1.";
        }

        if (PastDaysAllowed < 0)
        {
            yield return "Leave:PastDaysAllowed cannot be negative.";
        }
        else if (PastDaysAllowed > MaxDaysEitherWay)
        {
            yield return $"Leave:PastDaysAllowed can be at most {MaxDaysEitherWay} (ten years).";
        }

        if (MaxDaysAhead is < 1 or > MaxDaysEitherWay)
        {
            yield return $"Leave:MaxDaysAhead must be between 1 and {MaxDaysEitherWay} (ten years).";
        }

        if (ReasonMaxLength < 1 || CommentMaxLength < 1)
        {
            yield return "Leave:ReasonMaxLength and Leave:CommentMaxLength must be at least 1.";
        }

        if (TimeZone.Length > 0 && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return $"Leave:TimeZone '{TimeZone}' is not a time zone this machine knows (use an IANA id such as Europe/Paris).";
        }
    }
}
