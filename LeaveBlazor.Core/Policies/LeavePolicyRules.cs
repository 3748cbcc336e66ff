using System.Globalization;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.Policies;

/// <summary>
/// The rules a leave type's settings must meet, whoever sets them (the admin's dialog, the seeding at first start).
/// That no two types share a name is checked against the database by the operation that saves them.
/// </summary>
public static class LeavePolicyRules
{
    public const int NameMaxLength = 50;
    public const decimal MaxDays = 366;
    public const int MaxNoticeDays = 365;

    public static FieldErrors Check(LeavePolicyDraft draft)
    {
        var errors = new FieldErrors();
        CheckName(draft.Name, errors);
        if (!LeavePolicyColours.IsColour(draft.Colour?.Trim()))
        {
            errors.Add(LeavePolicyFields.Colour, "Enter the colour as # and six hexadecimal digits (#rrggbb), such as #2e5e8c.");
        }

        if (draft.MinimumNoticeDays is < 0 or > MaxNoticeDays)
        {
            errors.Add(LeavePolicyFields.MinimumNoticeDays, $"Enter the minimum notice as whole days from 0 to {MaxNoticeDays}.");
        }

        // The allowance settings mean nothing for a type that is not counted: they are cleared when it is saved.
        if (draft.CountsAgainstAllowance)
        {
            CheckAllowance(draft, errors);
        }

        return errors;
    }

    /// <summary>Whether two names are the same type's (case is ignored: "annual" and "Annual" would confuse everyone).</summary>
    public static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void CheckName(string? name, FieldErrors errors)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > NameMaxLength)
        {
            errors.Add(LeavePolicyFields.Name, $"Enter a name of 1 to {NameMaxLength} characters, such as Annual.");
            return;
        }

        PlainText.Check(trimmed, LeavePolicyFields.Name, "name", errors);
    }

    private static void CheckAllowance(LeavePolicyDraft draft, FieldErrors errors)
    {
        CheckDays(draft.YearlyAllowanceDays, LeavePolicyFields.YearlyAllowanceDays, "yearly allowance", errors);
        CheckDays(draft.MaxBelowZeroDays, LeavePolicyFields.MaxBelowZeroDays, "days below zero", errors);
        if (!Enum.IsDefined(draft.Accrual))
        {
            errors.Add(LeavePolicyFields.Accrual, "Choose how the allowance accrues: all on 1 January, or monthly pro rata.");
        }

        if (CheckDays(draft.CarryOverMaxDays, LeavePolicyFields.CarryOverMaxDays, "carry-over", errors) && draft.CarryOverMaxDays > 0)
        {
            if (draft.CarryOverMaxDays > draft.YearlyAllowanceDays && !errors.Has(LeavePolicyFields.YearlyAllowanceDays))
            {
                errors.Add(LeavePolicyFields.CarryOverMaxDays,
                    $"At most the yearly allowance ({Days(draft.YearlyAllowanceDays)}) can be carried over, not {Days(draft.CarryOverMaxDays)}.");
            }

            CheckExpiry(draft.CarryOverExpiryDay, draft.CarryOverExpiryMonth, errors);
        }
    }

    /// <summary>True when <paramref name="days"/> is a whole or half number of days from 0 to <see cref="MaxDays"/>.</summary>
    internal static bool CheckDays(decimal days, string field, string what, FieldErrors errors)
    {
        if (days is < 0 or > MaxDays)
        {
            errors.Add(field, $"Enter the {what} as days from 0 to {MaxDays}; {Days(days)} is out of range.");
            return false;
        }

        if (days * 2 != decimal.Truncate(days * 2))
        {
            errors.Add(field, $"Enter the {what} in whole or half days (such as 12 or 12.5); {Days(days)} is neither.");
            return false;
        }

        return true;
    }

    private static void CheckExpiry(int? day, int? month, FieldErrors errors)
    {
        if (day is null || month is null)
        {
            errors.Add(LeavePolicyFields.CarryOverExpiry, "Enter the day and month carried-over days expire, such as 31 March.");
        }
        else if (month is < 1 or > 12)
        {
            errors.Add(LeavePolicyFields.CarryOverExpiry, $"Month {month} does not exist: choose a month from 1 (January) to 12 (December).");
        }
        else if (day == 29 && month == 2)
        {
            errors.Add(LeavePolicyFields.CarryOverExpiry, "29 February is not in every year: choose 28 February or 1 March.");
        }
        else if (day < 1 || day > DateTime.DaysInMonth(2027, month.Value))
        {
            errors.Add(LeavePolicyFields.CarryOverExpiry,
                $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Value)} has no day {day}: choose a day from 1 to {DateTime.DaysInMonth(2027, month.Value)}.");
        }
    }

    internal static string Days(decimal days) => days == 1 ? "1 day" : $"{days.ToString("0.##", CultureInfo.InvariantCulture)} days";
}
