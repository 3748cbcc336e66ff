using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Policies;

namespace LeaveBlazor.Web.Components.Leave;

/// <summary>
/// The state of the new-request form. Messages come from Core's rules: live ones from
/// <see cref="LeaveRequestRules"/> for fields the person has touched, and the full set when they submit. A day typed in no
/// form <see cref="TypedDates"/> understands is told how to type it, rather than to enter a day.
/// </summary>
public sealed class LeaveRequestForm(TypedDates dates)
{
    private static readonly string[] DateFields = [LeaveFields.FirstDay, LeaveFields.LastDay, LeaveFields.Dates, LeaveFields.HalfDay];

    private readonly HashSet<string> _touched = [];
    private readonly Dictionary<string, string?> _typed = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private bool _showAll;

    public string? LeaveType { get; set; }

    public DateTime? FirstDay { get; set; }

    public DateTime? LastDay { get; set; }

    public bool HalfDayStart { get; set; }

    public bool HalfDayEnd { get; set; }

    public string? Reason { get; set; }

    public string? ApproverId { get; set; }

    public NewLeaveRequest ToNewLeaveRequest() => new(
        LeaveType,
        FirstDay is { } first ? DateOnly.FromDateTime(first) : null,
        LastDay is { } last ? DateOnly.FromDateTime(last) : null,
        HalfDayStart,
        HalfDayEnd,
        Reason,
        ApproverId);

    public void Touch(string field)
    {
        _touched.Add(field);
        if (field is LeaveFields.FirstDay or LeaveFields.LastDay or LeaveFields.HalfDay)
        {
            _touched.UnionWith([LeaveFields.Dates, LeaveFields.HalfDay]);
        }
    }

    /// <summary>What the person typed into a day field (<see cref="LeaveFields.FirstDay"/> or <see cref="LeaveFields.LastDay"/>).</summary>
    public void Typed(string field, string? text) => _typed[field] = text;

    /// <param name="calendar">The requester's own working calendar, which the working days are counted on.</param>
    public void Revalidate(LeaveRequestRules rules, string requesterId, IReadOnlyCollection<LeavePolicy> types, WorkingDayCalendar calendar) =>
        _errors = rules.Check(ToNewLeaveRequest(), requesterId, types, calendar).ToDictionary();

    /// <summary>After a submit, every message shows, including those only the database could find.</summary>
    public void ShowAll(IReadOnlyDictionary<string, string[]> errors)
    {
        _showAll = true;
        _errors = errors;
    }

    public string? ErrorFor(string field) =>
        !(_showAll || _touched.Contains(field)) ? null
        : Unreadable(field) ? dates.HowToType()
        : _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>The working days the dates cover on the requester's own calendar, once the rules accept them (never for days they refuse).</summary>
    public decimal? WorkingDays(WorkingDayCalendar calendar) => Dates(calendar) is { } dates ? calendar.Count(dates) : null;

    /// <summary>The dates chosen, once the rules accept them and they cover a working day; null until then.</summary>
    public LeaveDates? Dates(WorkingDayCalendar calendar) =>
        ToNewLeaveRequest() is { FirstDay: { } first, LastDay: { } last } && !DateFields.Any(_errors.ContainsKey)
            && new LeaveDates(first, last, HalfDayStart, HalfDayEnd) is var dates && calendar.Count(dates) > 0
            ? dates
            : null;

    private bool Unreadable(string field) =>
        _typed.TryGetValue(field, out var text) && !string.IsNullOrWhiteSpace(text) && dates.Read(text) is null;
}
