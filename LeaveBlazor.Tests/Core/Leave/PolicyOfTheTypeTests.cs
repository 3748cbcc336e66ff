using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>What a leave type's policy asks of a new request, checked without a database; "today" is Monday 30 Nov 2026.</summary>
public sealed class PolicyOfTheTypeTests
{
    private readonly LeaveRequestRules _rules = TestRules.Create();

    [Fact]
    public void Retired_type_is_refused_naming_the_active_ones()
    {
        var types = TestLeaveTypes.Defaults();
        types.Named("Unpaid")!.Retire();

        Assert.Equal(["'Unpaid' is not a leave type here. Choose one of: Annual, Sick, Other."],
            Errors(LeaveInput.NextWeek() with { LeaveType = "Unpaid" }, types, LeaveFields.LeaveType));
    }

    [Fact]
    public void Type_is_found_whatever_its_case()
    {
        Assert.Empty(Errors(LeaveInput.NextWeek() with { LeaveType = "annual" }, TestLeaveTypes.Defaults(), LeaveFields.LeaveType));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Half_day_of_a_type_taken_in_whole_days_is_refused(bool halfDayStart, bool halfDayEnd)
    {
        var input = LeaveInput.NextWeek() with { LeaveType = "Sick", HalfDayStart = halfDayStart, HalfDayEnd = halfDayEnd };

        Assert.Equal(["Sick leave is taken in whole days: ask for whole days, without a half day at the start or end."],
            Errors(input, TestLeaveTypes.Defaults(), LeaveFields.HalfDay));
    }

    [Fact]
    public void Whole_days_of_a_type_taken_in_whole_days_are_accepted()
    {
        Assert.False(_rules.CheckDetails(LeaveInput.NextWeek() with { LeaveType = "Sick" }, TestLeaveTypes.Defaults(), TestRules.MondayToFriday).Any);
    }

    [Fact]
    public void Half_day_of_a_type_that_allows_them_is_accepted()
    {
        Assert.False(_rules.CheckDetails(LeaveInput.NextWeek() with { HalfDayStart = true }, TestLeaveTypes.Defaults(), TestRules.MondayToFriday).Any);
    }

    [Fact]
    public void First_day_sooner_than_the_notice_allows_is_refused_naming_the_earliest_day()
    {
        Assert.Equal(["Annual leave needs 14 days' notice: the earliest first day is 14 Dec 2026."],
            Errors(LeaveInput.Annual(new(2026, 12, 11)), [WithNotice(14)], LeaveFields.FirstDay));
    }

    [Fact]
    public void First_day_exactly_the_notice_ahead_is_accepted()
    {
        Assert.False(_rules.CheckDetails(LeaveInput.Annual(new(2026, 12, 14)), [WithNotice(14)], TestRules.MondayToFriday).Any);
    }

    [Fact]
    public void One_days_notice_reads_in_the_singular()
    {
        Assert.Equal(["Annual leave needs 1 day's notice: the earliest first day is 1 Dec 2026."],
            Errors(LeaveInput.Annual(LeaveTestDatabase.StartDay), [WithNotice(1)], LeaveFields.FirstDay));
    }

    private static LeavePolicy WithNotice(int days) => TestLeaveTypes.Only("Annual", draft => draft with { MinimumNoticeDays = days });

    private string[] Errors(NewLeaveRequest input, IReadOnlyCollection<LeavePolicy> types, string field) =>
        _rules.CheckDetails(input, types, TestRules.MondayToFriday).ToDictionary().TryGetValue(field, out var messages) ? messages : [];
}
