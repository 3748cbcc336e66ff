using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Support;

/// <summary>Valid request forms to start from; tests change one thing with <c>with { ... }</c>.</summary>
public static class LeaveInput
{
    /// <summary>Monday 7 Dec 2026: a working day a week after the test clock starts.</summary>
    public static readonly DateOnly NextMonday = new(2026, 12, 7);

    /// <summary>Annual leave approved by Dana (Alex's manager); one day unless a last day is given.</summary>
    public static NewLeaveRequest Annual(DateOnly firstDay, DateOnly? lastDay = null, string? approverId = null) =>
        new("Annual", firstDay, lastDay ?? firstDay, HalfDayStart: false, HalfDayEnd: false, Reason: null,
            ApproverId: approverId ?? TestPeople.Dana.Id);

    /// <summary>A week of annual leave starting <see cref="NextMonday"/>.</summary>
    public static NewLeaveRequest NextWeek() => Annual(NextMonday, NextMonday.AddDays(4));
}
