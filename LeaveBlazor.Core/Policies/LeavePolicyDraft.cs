namespace LeaveBlazor.Core.Policies;

/// <summary>How a counted leave type's yearly allowance arrives.</summary>
public enum LeaveAccrual
{
    /// <summary>The whole allowance on 1 January.</summary>
    AllOnFirstJanuary,

    /// <summary>A twelfth of the allowance each month.</summary>
    MonthlyProRata,
}

/// <summary>
/// What an admin fills in for a leave type, before any rule has looked at it. The carry-over expiry is a day of the
/// year (day and month, e.g. 31 March) in the year after the days were granted.
/// </summary>
public sealed record LeavePolicyDraft(
    string? Name,
    string? Colour,
    bool CountsAgainstAllowance,
    decimal YearlyAllowanceDays,
    LeaveAccrual Accrual,
    decimal CarryOverMaxDays,
    int? CarryOverExpiryDay,
    int? CarryOverExpiryMonth,
    decimal MaxBelowZeroDays,
    bool HalfDaysAllowed,
    int MinimumNoticeDays,
    bool NeedsApproval)
{
    /// <summary>A new type as the admin's dialog starts it: not counted, half days allowed, no notice, needs approval.</summary>
    public static LeavePolicyDraft Named(string? name, string colour = LeavePolicyColours.Default) => new(
        name, colour, CountsAgainstAllowance: false, YearlyAllowanceDays: 0, LeaveAccrual.AllOnFirstJanuary, CarryOverMaxDays: 0,
        CarryOverExpiryDay: null, CarryOverExpiryMonth: null, MaxBelowZeroDays: 0, HalfDaysAllowed: true, MinimumNoticeDays: 0, NeedsApproval: true);
}

/// <summary>Field names used in the policy's validation errors, shared by the admin's dialog and the API.</summary>
public static class LeavePolicyFields
{
    public const string Name = nameof(LeavePolicyDraft.Name);
    public const string Colour = nameof(LeavePolicyDraft.Colour);
    public const string YearlyAllowanceDays = nameof(LeavePolicyDraft.YearlyAllowanceDays);
    public const string Accrual = nameof(LeavePolicyDraft.Accrual);
    public const string CarryOverMaxDays = nameof(LeavePolicyDraft.CarryOverMaxDays);
    public const string CarryOverExpiry = "CarryOverExpiry";
    public const string MaxBelowZeroDays = nameof(LeavePolicyDraft.MaxBelowZeroDays);
    public const string MinimumNoticeDays = nameof(LeavePolicyDraft.MinimumNoticeDays);
}
