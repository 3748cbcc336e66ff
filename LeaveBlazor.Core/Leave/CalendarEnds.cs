namespace LeaveBlazor.Core.Leave;

/// <summary>
/// Day arithmetic that stops at the first and last day a <see cref="DateOnly"/> can hold (1 Jan 0001, 31 Dec 9999)
/// instead of throwing, so a date typed at the calendar's end is refused by a rule with a message, never by an exception.
/// </summary>
public static class CalendarEnds
{
    public static DateOnly AddDaysClamped(this DateOnly day, int days) =>
        DateOnly.FromDayNumber((int)Math.Clamp((long)day.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
}
