using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// The rules a new request must meet that need nothing from the database but the active leave types (its policies) and
/// the requester's working calendar (<see cref="WorkingCalendars"/>). The form runs them as the person types;
/// <c>SubmitLeaveRequest</c> runs them again with the database rules.
/// </summary>
public sealed class LeaveRequestRules(IOptions<LeaveOptions> options, LeaveClock clock)
{
    private readonly LeaveOptions _policy = options.Value;


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

    /// <summary>
    /// Every rule the form can check as the person types, the approver they picked included. <paramref name="types"/> are
    /// the leave types (policies) as loaded; only the active ones are accepted. Working days are counted on <paramref name="calendar"/>.
    /// </summary>
    public FieldErrors Check(NewLeaveRequest input, string requesterId, IReadOnlyCollection<LeavePolicy> types, WorkingDayCalendar calendar)
    {
        var errors = CheckDetails(input, types, calendar);
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
    public FieldErrors CheckDetails(NewLeaveRequest input, IReadOnlyCollection<LeavePolicy> types, WorkingDayCalendar calendar)
    {
        var errors = new FieldErrors();
        var type = CheckType(input.LeaveType, types, errors);
        CheckDates(input, calendar, errors);
        if (type is not null)
        {
            CheckAgainstPolicy(input, type, errors);
        }

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

    /// <summary>The active type the person chose (by name, case ignored), or null with a message listing the active ones.</summary>
    private static LeavePolicy? CheckType(string? leaveType, IReadOnlyCollection<LeavePolicy> types, FieldErrors errors)
    {
        var active = types.Where(p => p.IsActive).ToList();
        if (string.IsNullOrWhiteSpace(leaveType))
        {
            errors.Add(LeaveFields.LeaveType, "Choose a leave type.");
            return null;
        }

        var type = active.Named(leaveType);
        if (type is null)
        {
            errors.Add(LeaveFields.LeaveType,
                $"'{leaveType}' is not a leave type here. Choose one of: {string.Join(", ", active.Select(p => p.Name))}.");
        }

        return type;
    }

    /// <summary>What the type's policy asks of the dates: whole days where half days are not allowed, and enough notice.</summary>
    private void CheckAgainstPolicy(NewLeaveRequest input, LeavePolicy type, FieldErrors errors)
    {
        if (!type.HalfDaysAllowed && (input.HalfDayStart || input.HalfDayEnd) && !errors.Has(LeaveFields.HalfDay))
        {
            errors.Add(LeaveFields.HalfDay, $"{type.Name} leave is taken in whole days: ask for whole days, without a half day at the start or end.");
        }

        // Without notice, leave may also begin in the past, as far as Leave:PastDaysAllowed lets it.
        var earliest = clock.Today.AddDaysClamped(type.MinimumNoticeDays);
        if (type.MinimumNoticeDays > 0 && input.FirstDay is { } first && first < earliest && !errors.Has(LeaveFields.FirstDay))
        {
            var notice = type.MinimumNoticeDays == 1 ? "1 day's" : $"{type.MinimumNoticeDays} days'";
            errors.Add(LeaveFields.FirstDay, $"{type.Name} leave needs {notice} notice: the earliest first day is {LeaveFormat.Day(earliest)}.");
        }
    }

    private void CheckDates(NewLeaveRequest input, WorkingDayCalendar calendar, FieldErrors errors)
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
