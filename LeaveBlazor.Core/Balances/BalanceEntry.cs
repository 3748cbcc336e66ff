using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Core.Balances;

/// <summary>
/// One line of a person's leave ledger for one type and year. Lines are only ever added: a balance is the sum of its
/// lines, and a correction is a new line. Lines the app writes by itself carry a <see cref="Key"/> unique within their
/// person, type and year, so writing the same line twice (a job run again, two instances at once) is refused by the database.
/// </summary>
public sealed class BalanceEntry
{
    public const int NoteMaxLength = 500;

    private BalanceEntry()
    {
    }

    private BalanceEntry(string employeeId, int leavePolicyId, int year, BalanceEntryKind kind, decimal days, string? key, string note, Actor by, DateTimeOffset at)
    {
        EmployeeId = employeeId;
        LeavePolicyId = leavePolicyId;
        Year = year;
        Kind = kind;
        Days = days;
        Key = key;
        Note = note.Length <= NoteMaxLength ? note : note[..(NoteMaxLength - 1)] + "…";
        ById = by.EmployeeId;
        ByName = by.DisplayName;
        At = at;
    }

    public long Id { get; private set; }

    public string EmployeeId { get; private set; } = "";

    public int LeavePolicyId { get; private set; }

    public int Year { get; private set; }

    public BalanceEntryKind Kind { get; private set; }

    /// <summary>Positive adds to the balance, negative takes from it.</summary>
    public decimal Days { get; private set; }

    /// <summary>What makes a line the app writes unique ("granted", "accrued-03", "taken:…"); null for an admin's adjustment.</summary>
    public string? Key { get; private set; }

    public Guid? LeaveRequestId { get; private set; }

    /// <summary>The line in words: the reason of an adjustment, the request taken, how a pro-rata share was worked out.</summary>
    public string Note { get; private set; } = "";

    public string ById { get; private set; } = "";

    public string ByName { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    /// <summary>A line the app writes by itself, once per <paramref name="key"/>.</summary>
    internal static BalanceEntry ByApp(string employeeId, int leavePolicyId, int year, BalanceEntryKind kind, decimal days, string key, string note, DateTimeOffset at) =>
        new(employeeId, leavePolicyId, year, kind, days, key, note, Actor.App, at);

    /// <summary>Days of a request taken or given back in one year, by whoever decided it.</summary>
    internal static BalanceEntry ForRequest(LeaveRequest request, int year, BalanceEntryKind kind, decimal days, Actor by, DateTimeOffset at) =>
        new(request.RequesterId, request.LeavePolicyId, year, kind, days, $"{KeyOf(kind)}:{request.Id:N}", $"{request.Reference}, {request.Dates.Describe()}", by, at)
        {
            LeaveRequestId = request.Id,
        };

    /// <summary>An admin's correction; the reason passed <see cref="BalanceAdjustmentRules.Check"/>.</summary>
    internal static BalanceEntry Adjustment(string employeeId, int leavePolicyId, int year, decimal days, string reason, Actor admin, DateTimeOffset at) =>
        new(employeeId, leavePolicyId, year, BalanceEntryKind.Adjusted, days, key: null, reason.Trim(), admin, at);

    private static string KeyOf(BalanceEntryKind kind) => kind == BalanceEntryKind.Taken ? "taken" : "given-back";
}
