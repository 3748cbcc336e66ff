using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Balances;

/// <summary>An admin's correction of a balance as typed: days to add (negative to take), and why.</summary>
public sealed record BalanceAdjustment(int? LeavePolicyId, int? Year, decimal? Days, string? Reason);

/// <summary>The same with the type by name, as the API sends it.</summary>
public sealed record NamedBalanceAdjustment(string? Type, int? Year, decimal? Days, string? Reason);

public static class BalanceAdjustmentFields
{
    public const string LeaveType = nameof(BalanceAdjustment.LeavePolicyId);
    public const string Year = nameof(BalanceAdjustment.Year);
    public const string Days = nameof(BalanceAdjustment.Days);
    public const string Reason = nameof(BalanceAdjustment.Reason);
}

/// <summary>The rules of an adjustment: whole or half days, not zero, within a year's worth; a plain reason; this year, the last or the next.</summary>
public static class BalanceAdjustmentRules
{
    public const decimal MaxDays = 366;
    public const int ReasonMaxLength = 300;

    public const string ChooseType = "Choose the leave type whose balance to adjust.";

    public static FieldErrors Check(BalanceAdjustment adjustment, DateOnly today)
    {
        var errors = new FieldErrors();
        if (adjustment.LeavePolicyId is null)
        {
            errors.Add(BalanceAdjustmentFields.LeaveType, ChooseType);
        }

        errors.Merge(CheckAmount(adjustment, today));
        return errors;
    }

    /// <summary>Everything but the type: the year, the days and the reason.</summary>
    public static FieldErrors CheckAmount(BalanceAdjustment adjustment, DateOnly today)
    {
        var errors = new FieldErrors();
        if (adjustment.Year is not { } year || year < today.Year - 1 || year > today.Year + 1)
        {
            errors.Add(BalanceAdjustmentFields.Year, $"Choose {today.Year - 1}, {today.Year} or {today.Year + 1}: balances of other years are closed.");
        }

        switch (adjustment.Days)
        {
            case null or 0:
                errors.Add(BalanceAdjustmentFields.Days, "Enter the days to add, or a negative number to take days off, such as 2 or -1.5.");
                break;
            case { } days when Math.Abs(days) > MaxDays:
                errors.Add(BalanceAdjustmentFields.Days, $"An adjustment can be at most {MaxDays} days either way.");
                break;
            case { } days when days * 2 != decimal.Truncate(days * 2):
                errors.Add(BalanceAdjustmentFields.Days, $"Enter whole or half days (such as 2 or 1.5); {days} is neither.");
                break;
        }

        var reason = adjustment.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > ReasonMaxLength)
        {
            errors.Add(BalanceAdjustmentFields.Reason, $"Say why, in 1 to {ReasonMaxLength} characters: the person sees it in their balance's history.");
        }
        else
        {
            PlainText.Check(reason, BalanceAdjustmentFields.Reason, "reason", errors);
        }

        return errors;
    }
}
