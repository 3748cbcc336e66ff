using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Rules;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// The rules a new request must meet that need nothing from the database but the requester's working calendar
/// (<see cref="WorkingCalendars"/>). The form runs them as the person types; <c>SubmitLeaveRequest</c> runs them again
/// with the database rules.
/// </summary>
public sealed class LeaveRequestRules(IOptions<LeaveOptions> options, LeaveClock clock)
{
    private readonly LeaveOptions _policy = options.Value;

    public IReadOnlyList<string> LeaveTypes => _policy.Types;

    public int ReasonMaxLength => _policy.ReasonMaxLength;

    public int CommentMaxLength => _policy.CommentMaxLength;

    public const string ChooseAnApprover = "Choose who should approve this request.";

    public const string NotYourOwnApprover = "You cannot approve your own leave: choose someone else.";

    /// <summary>Every rule the form can check as the person types, the approver they picked included.</summary>
    public FieldErrors Check(NewLeaveRequest input, string requesterId, WorkingDayCalendar calendar)
    {
        var errors = CheckDetails(input, calendar);
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
    public FieldErrors CheckDetails(NewLeaveRequest input, WorkingDayCalendar calendar)
    {
        var errors = new FieldErrors();
        CheckType(input.LeaveType, errors);
        CheckDates(input, calendar, errors);
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

    private void CheckDates(NewLeaveRequest input, WorkingDayCalendar calendar, FieldErrors errors)
    {
        var earliest = clock.Today.AddDaysClamped(-_policy.PastDaysAllowed);
        var latest = clock.Today.AddDaysClamped(_policy.MaxDaysAhead);
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

        if (calendar.EmployedFrom is { } start && first < start)
        {
            errors.Add(LeaveFields.FirstDay, $"Your employment starts on {LeaveFormat.Day(start)}: leave can start on that day at the earliest.");
        }
        else if (calendar.EmployedUntil is { } end && last > end)
        {
            errors.Add(LeaveFields.LastDay, $"Your employment ends on {LeaveFormat.Day(end)}: leave can end on that day at the latest.");
        }
        else if (calendar.Count(dates) == 0)
        {
            errors.Add(LeaveFields.Dates, NoWorkingDays(dates, calendar.Pattern));
        }
    }

    private static string NoWorkingDays(LeaveDates dates, WorkingPattern pattern) =>
        pattern == WorkingPattern.MondayToFriday
            ? $"{dates} has no working days (weekends, public holidays and company closures are not counted): choose working days."
            : $"{dates} has no working days for you (you work {pattern.Describe()}; public holidays and company closures are not counted): choose days you work.";

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
