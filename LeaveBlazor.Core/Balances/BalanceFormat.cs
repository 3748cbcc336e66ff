using LeaveBlazor.Core.Policies;

namespace LeaveBlazor.Core.Balances;

/// <summary>Balances and ledger lines in words, as the pages show them.</summary>
public static class BalanceFormat
{
    /// <summary>"1 day", "18.5 days", "-2 days".</summary>
    public static string Days(decimal days) => LeavePolicyRules.Days(days);

    /// <summary>A ledger line's days with their sign: "+25 days", "-3 days".</summary>
    public static string Change(decimal days) => (days > 0 ? "+" : "") + Days(days);

    /// <summary>What approving a request leaves its requester, as the approver's email and pages say it.</summary>
    public static string IfApproved(IReadOnlyCollection<BalanceCheck> checks) =>
        checks.Count == 0 ? "not counted against an allowance" : string.Join("; ", checks.Select(check => check.Describe()));

    public static string Kind(BalanceEntryKind kind) => kind switch
    {
        BalanceEntryKind.Granted => "Granted",
        BalanceEntryKind.ProRata => "Pro rata",
        BalanceEntryKind.Accrued => "Accrued",
        BalanceEntryKind.CarriedOver => "Carried over",
        BalanceEntryKind.CarryOverExpired => "Carry-over expired",
        BalanceEntryKind.Taken => "Taken",
        BalanceEntryKind.GivenBack => "Given back",
        BalanceEntryKind.Adjusted => "Adjusted",
        _ => kind.ToString(),
    };
}
