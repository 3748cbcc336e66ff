using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>
/// The days the rules allow, as the form's calendars offer them: the same limits the check applies. Today is Monday
/// 30 Nov 2026; the policy here allows 3 days back, 60 ahead and 10 days in one request.
/// </summary>
public sealed class AllowedDaysTests
{
    private readonly LeaveRequestRules _rules = TestRules.Create(policy =>
    {
        policy.PastDaysAllowed = 3;
        policy.MaxDaysAhead = 60;
        policy.MaxSpanDays = 10;
    });

    [Fact]
    public void The_earliest_first_day_is_accepted_and_the_day_before_it_refused()
    {
        Assert.Equal((new DateOnly(2026, 11, 27), false, true),
            (_rules.EarliestFirstDay, FirstDayRefused(_rules.EarliestFirstDay), FirstDayRefused(_rules.EarliestFirstDay.AddDays(-1))));
    }

    [Fact]
    public void The_latest_first_day_is_accepted_and_the_day_after_it_refused()
    {
        Assert.Equal((new DateOnly(2027, 1, 29), false, true),
            (_rules.LatestFirstDay, FirstDayRefused(_rules.LatestFirstDay), FirstDayRefused(_rules.LatestFirstDay.AddDays(1))));
    }

    [Fact]
    public void A_last_day_may_fall_from_the_first_day_to_the_end_of_the_longest_span()
    {
        var first = new DateOnly(2026, 12, 7);

        var (from, to) = _rules.LastDayRange(first);

        Assert.Equal((first, new DateOnly(2026, 12, 16), false, true), (from, to, LastDayRefused(first, to), LastDayRefused(first, to.AddDays(1))));
    }

    [Fact]
    public void Before_a_first_day_is_chosen_a_last_day_may_fall_anywhere_a_request_could_end()
    {
        Assert.Equal((new DateOnly(2026, 11, 27), new DateOnly(2027, 2, 7)), _rules.LastDayRange(null));
    }

    [Fact]
    public void A_first_day_too_far_back_does_not_open_earlier_last_days()
    {
        Assert.Equal(new DateOnly(2026, 11, 27), _rules.LastDayRange(new DateOnly(2026, 11, 1)).From);
    }

    private bool FirstDayRefused(DateOnly first) =>
        _rules.Check(LeaveInput.Annual(first, first.AddDays(2)), TestPeople.Alex.Id, TestLeaveTypes.Defaults(), TestRules.MondayToFriday).Has(LeaveFields.FirstDay);

    private bool LastDayRefused(DateOnly first, DateOnly last) =>
        _rules.Check(LeaveInput.Annual(first, last), TestPeople.Alex.Id, TestLeaveTypes.Defaults(), TestRules.MondayToFriday).Has(LeaveFields.LastDay);
}
