using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Leave;

/// <summary>Now and today as the leave policy sees them: from <see cref="TimeProvider"/>, in the configured time zone.</summary>
public sealed class LeaveClock(TimeProvider time, IOptions<LeaveOptions> options)
{
    private readonly TimeZoneInfo _zone = options.Value.TimeZone.Length > 0
        ? TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone)
        : time.LocalTimeZone;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow).DateTime);

    /// <summary>The first moment of a day in the policy's time zone (in UTC, so at most the calendar's first or last moment).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var utcTicks = Math.Clamp(midnight.Ticks - _zone.GetUtcOffset(midnight).Ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        return new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    public DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone);

    public string Describe(DateTimeOffset moment) => LeaveFormat.Moment(ToLocal(moment));
}
