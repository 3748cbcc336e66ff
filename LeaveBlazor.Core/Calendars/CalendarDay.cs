namespace LeaveBlazor.Core.Calendars;

/// <summary>What a day is on one person's working calendar; the first that applies wins, in this order.</summary>
public enum CalendarDay
{
    /// <summary>Before the person's employment starts or after it ends.</summary>
    NotEmployed,

    /// <summary>A weekday outside the person's working pattern (the weekend, for most).</summary>
    NotWorked,

    PublicHoliday,

    /// <summary>A company day with everyone off.</summary>
    CompanyClosure,

    /// <summary>A company half day: the morning is worked, the afternoon is off.</summary>
    MorningOnly,

    Working,
}
