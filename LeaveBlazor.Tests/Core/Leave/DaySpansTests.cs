using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>The few spans of days a page of requests covers, which the team's leave is read for.</summary>
public sealed class DaySpansTests
{
    private static readonly DateOnly Start = new(2027, 3, 1);

    [Fact]
    public void Overlapping_and_adjacent_ranges_join_and_a_gap_keeps_them_apart()
    {
        var spans = DaySpans.Covering([Range(10, 12), Range(0, 2), Range(2, 4), Range(5, 6)]);

        Assert.Equal([new DaySpan(Day(0), Day(6)), new DaySpan(Day(10), Day(12))], spans);
    }

    [Fact]
    public void A_range_inside_an_earlier_one_leaves_it_as_it_was()
    {
        Assert.Equal([new DaySpan(Day(0), Day(9))], DaySpans.Covering([Range(0, 9), Range(3, 4)]));
    }

    [Fact]
    public void Past_the_most_spans_the_nearest_join_first()
    {
        var ranges = Enumerable.Range(0, DaySpans.MaxSpans + 2).Select(i => Range(i * 10, i * 10)).ToList();
        ranges.Add(Range(1000, 1000));
        ranges.Add(Range(1003, 1003));

        var spans = DaySpans.Covering(ranges);

        Assert.Equal(DaySpans.MaxSpans, spans.Count);
        Assert.Contains(new DaySpan(Day(1000), Day(1003)), spans);
        Assert.DoesNotContain(ranges, r => !spans.Any(s => s.From <= r.First && r.Last <= s.To));
    }

    private static DateOnly Day(int offset) => Start.AddDays(offset);

    private static (DateOnly First, DateOnly Last) Range(int first, int last) => (Day(first), Day(last));
}
