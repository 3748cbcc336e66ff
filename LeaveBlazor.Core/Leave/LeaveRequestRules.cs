using LeaveBlazor.Core.Rules;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// The rules a new request must meet that need nothing from the database. The form runs them as
/// the person types; <c>SubmitLeaveRequest</c> runs them again with the database rules.
/// </summary>
public sealed class LeaveRequestRules(IOptions<LeaveOptions> options, LeaveClock clock)
{
    private readonly LeaveOptions _policy = options.Value;

    public WorkingDayCalendar Calendar { get; } = new(options.Value.PublicHolidays);

    public IReadOnlyList<string> LeaveTypes => _policy.Types;

    public int ReasonMaxLength => _policy.ReasonMaxLength;

    public int CommentMaxLength => _policy.CommentMaxLength;

    /// <summary>The earliest first day a request may have today (<see cref="LeaveOptions.PastDaysAllowed"/> back).</summary>
    public DateOnly EarliestFirstDay => clock.Today.AddDaysClamped(-_policy.PastDaysAllowed);

    /// <summary>The latest first day a request may have today (<see cref="LeaveOptions.MaxDaysAhead"/> ahead).</summary>
    public DateOnly LatestFirstDay => clock.Today.AddDaysClamped(_policy.MaxDaysAhead);

    /// <summary>
    /// The days a last day may fall on: from the first day (or the earliest allowed one) to the longest span after it
    /// (<see cref="LeaveOptions.MaxSpanDays"/>), or after the latest allowed first day when none is chosen yet.
    /// </summary>
    public (DateOnly From, DateOnly To) LastDayRange(DateOnly? firstDay)
    {
        var from = firstDay is { } first && first > EarliestFirstDay ? first : EarliestFirstDay;
        return (from, (firstDay ?? LatestFirstDay).AddDaysClamped(_policy.MaxSpanDays - 1));
    }

    public const string ChooseAnApprover = "Choose who should approve this request.";

    public const string NotYourOwnApprover = "You cannot approve your own leave: choose someone else.";

    /// <summary>Every rule the form can check as the person types, the approver they picked included.</summary>
    public FieldErrors Check(NewLeaveRequest input, string requesterId)
    {
        var errors = CheckDetails(input);
        if (string.IsNullOrWhiteSpace(input.ApproverId))
        {
            errors.Add(LeaveFields.ApproverId, ChooseAnApprover);
        }
        else if (input.ApproverId == requesterId)
        {
            errors.Add(LeaveFields.ApproverId, NotYourOwnApprover);
        }

        return errors;
    }

    /// <summary>The type, dates and reason; the approver is checked against the directory by <c>SubmitLeaveRequest</c>.</summary>
    public FieldErrors CheckDetails(NewLeaveRequest input)
    {
        var errors = new FieldErrors();
        CheckType(input.LeaveType, errors);
        CheckDates(input, errors);
        CheckReason(input.Reason, errors);
        PlainText.Check(input.ApproverEmail, LeaveFields.ApproverId, "approver's email", errors);
        return errors;
    }

    public void CheckComment(string? comment, FieldErrors errors)
    {
        if (comment is not null && comment.Trim().Length > _policy.CommentMaxLength)
        {
            errors.Add(LeaveFields.Comment, $"Keep the comment to {_policy.CommentMaxLength} characters; it has {comment.Trim().Length}.");
        }

        PlainText.Check(comment, LeaveFields.Comment, "comment", errors, multiline: true);
    }

    private void CheckType(string? leaveType, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(leaveType))
        {
            errors.Add(LeaveFields.LeaveType, "Choose a leave type.");
        }
        else if (!_policy.Types.Contains(leaveType))
        {
            errors.Add(LeaveFields.LeaveType, $"'{leaveType}' is not a leave type here. Choose one of: {string.Join(", ", _policy.Types)}.");
        }
    }

    private void CheckDates(NewLeaveRequest input, FieldErrors errors)
    {
        var earliest = EarliestFirstDay;
        var latest = LatestFirstDay;
        if (input.FirstDay is null)
        {
            errors.Add(LeaveFields.FirstDay, "Enter the first day of leave.");
        }
        else if (input.FirstDay < earliest)
        {
            var day = LeaveFormat.Day(input.FirstDay.Value);
            errors.Add(LeaveFields.FirstDay, _policy.PastDaysAllowed == 0
                ? $"The first day ({day}) is in the past: leave can start today at the earliest."
                : $"The first day ({day}) is too far back: the earliest allowed is {LeaveFormat.Day(earliest)}.");
        }
        else if (input.FirstDay > latest)
        {
            errors.Add(LeaveFields.FirstDay,
                $"Leave can be asked for at most {DaysAhead(_policy.MaxDaysAhead)} ahead: pick a first day on or before {LeaveFormat.Day(latest)}.");
        }

        if (input.LastDay is null)
        {
            errors.Add(LeaveFields.LastDay, "Enter the last day of leave.");
        }

        if (input.FirstDay is not { } first || input.LastDay is not { } last)
        {
            return;
        }

        if (last < first)
        {
            errors.Add(LeaveFields.LastDay, $"The last day ({LeaveFormat.Day(last)}) is before the first day ({LeaveFormat.Day(first)}).");
            return;
        }

        var dates = new LeaveDates(first, last, input.HalfDayStart, input.HalfDayEnd);
        if (dates.CalendarDays > _policy.MaxSpanDays)
        {
            errors.Add(LeaveFields.LastDay, $"A request can cover at most {_policy.MaxSpanDays} days; this one covers {dates.CalendarDays}. Split it into several requests.");
            return;
        }

        if (first == last && input.HalfDayStart && input.HalfDayEnd)
        {
            errors.Add(LeaveFields.HalfDay, "A one-day request can be a morning or an afternoon, not both: untick one half day.");
            return;
        }

        if (Calendar.Count(dates) == 0)
        {
            errors.Add(LeaveFields.Dates, $"{dates} has no working days (weekends and public holidays are not counted): choose working days.");
        }
    }

    private void CheckReason(string? reason, FieldErrors errors)
    {
        var length = reason?.Trim().Length ?? 0;
        if (length > _policy.ReasonMaxLength)
        {
            errors.Add(LeaveFields.Reason, $"Keep the reason to {_policy.ReasonMaxLength} characters; it has {length}.");
        }

        PlainText.Check(reason, LeaveFields.Reason, "reason", errors, multiline: true);
    }

    /// <summary>"2 years" for 730, "90 days" for 90.</summary>
    private static string DaysAhead(int days) => (days % 365, days / 365) switch
    {
        (0, 1) => "a year",
        (0, var years) => $"{years} years",
        _ => days == 1 ? "1 day" : $"{days} days",
    };
}
