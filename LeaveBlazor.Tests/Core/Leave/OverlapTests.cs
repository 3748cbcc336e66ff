using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>A person cannot ask twice for the same time off while the first request still stands.</summary>
public sealed class OverlapTests : FreshDatabaseTest
{
    private static readonly DateOnly Monday = LeaveInput.NextMonday;

    [Fact]
    public async Task Overlap_with_own_pending_request_is_refused_naming_it()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());

        var errors = await RefusedAsync(LeaveInput.Annual(Monday.AddDays(4), Monday.AddDays(7)));

        Assert.Equal(["These dates overlap your request LR-2026-00001 (Annual, 7–11 Dec 2026, Pending): cancel it or choose other dates."], errors[LeaveFields.Dates]);
    }

    [Fact]
    public async Task Overlap_with_own_approved_request_is_refused_naming_it()
    {
        var first = await Database.SubmitAsync(LeaveInput.NextWeek() with { LeaveType = "Unpaid" });
        await Database.ApproveAsync(first);

        var errors = await RefusedAsync(LeaveInput.Annual(Monday.AddDays(2)));

        Assert.Equal(["These dates overlap your request LR-2026-00001 (Unpaid, 7–11 Dec 2026, Approved): cancel it or choose other dates."], errors[LeaveFields.Dates]);
    }

    [Fact]
    public async Task Rejected_request_does_not_block_the_same_dates()
    {
        await Database.RejectAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        var again = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(LeaveStatus.Pending, again.Status);
    }

    [Fact]
    public async Task Cancelled_request_does_not_block_the_same_dates()
    {
        await Database.CancelAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        var again = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(LeaveStatus.Pending, again.Status);
    }

    [Fact]
    public async Task Someone_elses_leave_on_the_same_dates_does_not_block()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek(), requester: TestPeople.Sam);

        var mine = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(LeaveStatus.Pending, mine.Status);
    }

    [Fact]
    public async Task Request_ending_the_day_before_does_not_block()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());

        var next = await Database.SubmitAsync(LeaveInput.Annual(Monday.AddDays(7)));

        Assert.Equal(LeaveStatus.Pending, next.Status);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Morning_and_afternoon_off_on_the_same_date_do_not_clash(bool firstIsMorning, bool secondIsMorning)
    {
        await Database.SubmitAsync(HalfDay(Monday, morning: firstIsMorning));

        var second = await Database.SubmitAsync(HalfDay(Monday, morning: secondIsMorning));

        Assert.Equal(LeaveStatus.Pending, second.Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Same_half_day_twice_clashes(bool morning)
    {
        await Database.SubmitAsync(HalfDay(Monday, morning));

        var errors = await RefusedAsync(HalfDay(Monday, morning));

        Assert.True(errors.ContainsKey(LeaveFields.Dates));
    }

    [Fact]
    public async Task Leave_ending_at_noon_and_leave_starting_that_afternoon_do_not_clash()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Monday, Monday.AddDays(2)) with { HalfDayEnd = true });

        var next = await Database.SubmitAsync(LeaveInput.Annual(Monday.AddDays(2), Monday.AddDays(4)) with { HalfDayStart = true });

        Assert.Equal(LeaveStatus.Pending, next.Status);
    }

    [Fact]
    public async Task Afternoon_off_clashes_with_a_whole_day_off()
    {
        await Database.SubmitAsync(LeaveInput.Annual(Monday));

        var errors = await RefusedAsync(HalfDay(Monday, morning: false));

        Assert.True(errors.ContainsKey(LeaveFields.Dates));
    }

    private static NewLeaveRequest HalfDay(DateOnly day, bool morning) =>
        LeaveInput.Annual(day) with { HalfDayStart = !morning, HalfDayEnd = morning };

    private async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(NewLeaveRequest input)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(input));
        return refused.Errors;
    }
}
