using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Policies;

namespace LeaveBlazor.Web.Components.Leave;

/// <summary>
/// The state of the new-request form. Messages come from Core's rules: live ones from
/// <see cref="LeaveRequestRules"/> for fields the person has touched, and the full set when they submit.
/// </summary>
public sealed class LeaveRequestForm
{
    private readonly HashSet<string> _touched = [];
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

    public void Revalidate(LeaveRequestRules rules, string requesterId, IReadOnlyCollection<LeavePolicy> types) =>
        _errors = rules.Check(ToNewLeaveRequest(), requesterId, types).ToDictionary();

    /// <summary>After a submit, every message shows, including those only the database could find.</summary>
    public void ShowAll(IReadOnlyDictionary<string, string[]> errors)
    {
        _showAll = true;
        _errors = errors;
    }

    public string? ErrorFor(string field) =>
        (_showAll || _touched.Contains(field)) && _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public decimal? WorkingDays(LeaveRequestRules rules) =>
        FirstDay is { } first && LastDay is { } last && first <= last
            ? rules.Calendar.Count(new LeaveDates(DateOnly.FromDateTime(first), DateOnly.FromDateTime(last), HalfDayStart, HalfDayEnd))
            : null;
}
