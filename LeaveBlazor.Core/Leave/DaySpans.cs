using System.Linq.Expressions;

namespace LeaveBlazor.Core.Leave;

/// <summary>Days from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record DaySpan(DateOnly From, DateOnly To);

/// <summary>
/// The days a list of requests covers, as a few spans, and a database filter for rows overlapping any of them: a page
/// of requests spread over a year then reads only the leave on its days, not the whole year's.
/// </summary>
public static class DaySpans
{
    /// <summary>
    /// The most spans a filter holds, one per request of a full inbox page: each count is a query shape of its own that
    /// EF Core compiles once.
    /// </summary>
    public const int MaxSpans = 50;

    /// <summary>Spans covering every given range, overlapping or adjacent ones joined, and then the nearest joined until at most <see cref="MaxSpans"/> remain.</summary>
    public static IReadOnlyList<DaySpan> Covering(IEnumerable<(DateOnly First, DateOnly Last)> ranges)
    {
        var spans = new List<DaySpan>();
        foreach (var (first, last) in ranges.OrderBy(r => r.First))
        {
            if (spans.Count > 0 && first.DayNumber <= spans[^1].To.DayNumber + 1)
            {
                spans[^1] = spans[^1] with { To = last > spans[^1].To ? last : spans[^1].To };
            }
            else
            {
                spans.Add(new DaySpan(first, last));
            }
        }

        while (spans.Count > MaxSpans)
        {
            var nearest = Enumerable.Range(1, spans.Count - 1).MinBy(i => spans[i].From.DayNumber - spans[i - 1].To.DayNumber);
            spans[nearest - 1] = spans[nearest - 1] with { To = spans[nearest].To };
            spans.RemoveAt(nearest);
        }

        return spans;
    }

    /// <summary>Rows whose days (first to last) overlap any span; the spans' days go to the database as parameters.</summary>
    public static Expression<Func<T, bool>> OverlapsAny<T>(IReadOnlyList<DaySpan> spans, Expression<Func<T, DateOnly>> first, Expression<Func<T, DateOnly>> last)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var firstDay = Expression.Invoke(first, row);
        var lastDay = Expression.Invoke(last, row);
        // The whole stretch first, as a range an index on the last day can seek; then each span.
        var all = new DaySpan(spans.Min(s => s.From), spans.Max(s => s.To));
        Expression any = Expression.Constant(false);
        foreach (var span in spans)
        {
            // A property of an object, not a constant: EF Core sends it as a parameter, so the query compiles once per span count.
            var overlaps = Expression.AndAlso(
                Expression.LessThanOrEqual(firstDay, Expression.Property(Expression.Constant(span), nameof(DaySpan.To))),
                Expression.GreaterThanOrEqual(lastDay, Expression.Property(Expression.Constant(span), nameof(DaySpan.From))));
            any = Expression.OrElse(any, overlaps);
        }

        var within = Expression.AndAlso(
            Expression.GreaterThanOrEqual(lastDay, Expression.Property(Expression.Constant(all), nameof(DaySpan.From))),
            Expression.LessThanOrEqual(firstDay, Expression.Property(Expression.Constant(all), nameof(DaySpan.To))));
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(within, any), row);
    }
}
