using System.Globalization;

namespace LeaveBlazor.Core.Policies;

/// <summary>
/// A leave type and how it is taken: its allowance, accrual and carry-over (kept for the balances), whether half days
/// are allowed, the notice it needs, and whether someone must approve it. A retired type is offered for no new
/// request but keeps its requests; each request records the policy it was decided under.
/// </summary>
public sealed class LeavePolicy
{
    private LeavePolicy()
    {
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>#rrggbb, in lower case.</summary>
    public string Colour { get; private set; } = LeavePolicyColours.Default;

    public bool CountsAgainstAllowance { get; private set; }

    public decimal YearlyAllowanceDays { get; private set; }

    public LeaveAccrual Accrual { get; private set; }

    /// <summary>The most days that move into the next year; 0 when nothing is carried over.</summary>
    public decimal CarryOverMaxDays { get; private set; }

    public int? CarryOverExpiryDay { get; private set; }

    public int? CarryOverExpiryMonth { get; private set; }

    /// <summary>How far a balance may go below zero, in days.</summary>
    public decimal MaxBelowZeroDays { get; private set; }

    public bool HalfDaysAllowed { get; private set; }

    /// <summary>How many days before its first day leave must be asked for; 0 means it can start today.</summary>
    public int MinimumNoticeDays { get; private set; }

    /// <summary>False for leave that is recorded and approved at once (the approver is only told), such as sick leave.</summary>
    public bool NeedsApproval { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>A new active type from a draft that passed <see cref="LeavePolicyRules.Check"/>.</summary>
    public static LeavePolicy From(LeavePolicyDraft draft)
    {
        var policy = new LeavePolicy { IsActive = true };
        policy.Change(draft);
        return policy;
    }

    /// <summary>
    /// Takes the settings of a draft that passed <see cref="LeavePolicyRules.Check"/>. The allowance settings are cleared for a type that is
    /// not counted, and the expiry when nothing is carried over, so what is stored always means what it says.
    /// </summary>
    public void Change(LeavePolicyDraft draft)
    {
        var counted = draft.CountsAgainstAllowance;
        var carried = counted && draft.CarryOverMaxDays > 0;
        Name = draft.Name!.Trim();
        Colour = draft.Colour!.Trim().ToLowerInvariant();
        CountsAgainstAllowance = counted;
        YearlyAllowanceDays = counted ? draft.YearlyAllowanceDays : 0;
        Accrual = counted ? draft.Accrual : LeaveAccrual.AllOnFirstJanuary;
        CarryOverMaxDays = carried ? draft.CarryOverMaxDays : 0;
        CarryOverExpiryDay = carried ? draft.CarryOverExpiryDay : null;
        CarryOverExpiryMonth = carried ? draft.CarryOverExpiryMonth : null;
        MaxBelowZeroDays = counted ? draft.MaxBelowZeroDays : 0;
        HalfDaysAllowed = draft.HalfDaysAllowed;
        MinimumNoticeDays = draft.MinimumNoticeDays;
        NeedsApproval = draft.NeedsApproval;
    }

    public void Retire() => IsActive = false;

    public void Reactivate() => IsActive = true;

    public LeavePolicyDraft ToDraft() => new(Name, Colour, CountsAgainstAllowance, YearlyAllowanceDays, Accrual, CarryOverMaxDays,
        CarryOverExpiryDay, CarryOverExpiryMonth, MaxBelowZeroDays, HalfDaysAllowed, MinimumNoticeDays, NeedsApproval);

    /// <summary>"31 March", or null when nothing is carried over.</summary>
    public string? CarryOverExpiry => CarryOverExpiryDay is { } day && CarryOverExpiryMonth is { } month
        ? $"{day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)}"
        : null;

    /// <summary>Each setting in words, in a fixed order: the admin's list shows them, and the audit compares them.</summary>
    public IReadOnlyList<(string Setting, string Value)> Settings() =>
    [
        ("name", Name),
        ("colour", Colour),
        ("allowance", CountsAgainstAllowance ? $"{LeavePolicyRules.Days(YearlyAllowanceDays)} a year, {AccrualText}" : "not counted"),
        ("carry-over", CarryOverExpiry is { } expiry ? $"up to {LeavePolicyRules.Days(CarryOverMaxDays)} until {expiry}" : "none"),
        ("below zero", !CountsAgainstAllowance ? "—" : MaxBelowZeroDays == 0 ? "none" : $"up to {LeavePolicyRules.Days(MaxBelowZeroDays)}"),
        ("half days", HalfDaysAllowed ? "allowed" : "whole days only"),
        ("notice", MinimumNoticeDays == 0 ? "none" : LeavePolicyRules.Days(MinimumNoticeDays)),
        ("approval", NeedsApproval ? "needed" : "approved at once"),
    ];

    private string AccrualText => Accrual == LeaveAccrual.MonthlyProRata ? "monthly pro rata" : "all on 1 January";
}
