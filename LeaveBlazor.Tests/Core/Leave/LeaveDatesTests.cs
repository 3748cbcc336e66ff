using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Core.Leave;

public sealed class LeaveDatesTests
{
    [Theory]
    [InlineData("2026-12-07", "2026-12-07", 1)]
    [InlineData("2026-12-07", "2026-12-13", 7)]
    [InlineData("2026-12-28", "2027-01-03", 7)]
    public void Calendar_days_count_both_ends(string first, string last, int expected)
    {
        Assert.Equal(expected, new LeaveDates(DateOnly.Parse(first), DateOnly.Parse(last)).CalendarDays);
    }

    [Theory]
    // Whole days.
    [InlineData("2026-12-07", "2026-12-08", false, false, "2026-12-09", "2026-12-10", false, false, false)]
    [InlineData("2026-12-07", "2026-12-09", false, false, "2026-12-09", "2026-12-11", false, false, true)]
    [InlineData("2026-12-07", "2026-12-11", false, false, "2026-12-08", "2026-12-09", false, false, true)]
    [InlineData("2026-12-07", "2026-12-11", false, false, "2026-12-07", "2026-12-11", false, false, true)]
    // Half days on a shared single day.
    [InlineData("2026-12-07", "2026-12-07", false, true, "2026-12-07", "2026-12-07", true, false, false)]
    [InlineData("2026-12-07", "2026-12-07", false, true, "2026-12-07", "2026-12-07", false, true, true)]
    [InlineData("2026-12-07", "2026-12-07", true, false, "2026-12-07", "2026-12-07", true, false, true)]
    [InlineData("2026-12-07", "2026-12-07", true, false, "2026-12-07", "2026-12-07", false, false, true)]
    [InlineData("2026-12-07", "2026-12-09", false, true, "2026-12-09", "2026-12-11", true, false, false)]
    [InlineData("2026-12-07", "2026-12-09", false, true, "2026-12-09", "2026-12-11", false, false, true)]
    [InlineData("2026-12-07", "2026-12-09", true, false, "2026-12-09", "2026-12-11", true, false, true)]
    [InlineData("2026-12-07", "2026-12-09", false, true, "2026-12-09", "2026-12-09", true, false, false)]
    // Half days at the edges of a longer shared stretch still leave whole days in common.
    [InlineData("2026-12-07", "2026-12-09", false, true, "2026-12-08", "2026-12-11", true, false, true)]
    public void Overlap_is_about_shared_time_off(
        string aFirst, string aLast, bool aHalfStart, bool aHalfEnd,
        string bFirst, string bLast, bool bHalfStart, bool bHalfEnd,
        bool expected)
    {
        var a = new LeaveDates(DateOnly.Parse(aFirst), DateOnly.Parse(aLast), aHalfStart, aHalfEnd);
        var b = new LeaveDates(DateOnly.Parse(bFirst), DateOnly.Parse(bLast), bHalfStart, bHalfEnd);

        Assert.Equal((expected, expected), (a.Overlaps(b), b.Overlaps(a)));
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-07", "7 Dec 2026")]
    [InlineData("2026-12-07", "2026-12-11", "7–11 Dec 2026")]
    [InlineData("2026-11-30", "2026-12-04", "30 Nov 2026 – 4 Dec 2026")]
    [InlineData("2026-12-28", "2027-01-04", "28 Dec 2026 – 4 Jan 2027")]
    public void Dates_read_as_a_short_range(string first, string last, string expected)
    {
        Assert.Equal(expected, new LeaveDates(DateOnly.Parse(first), DateOnly.Parse(last)).ToString());
    }
}
