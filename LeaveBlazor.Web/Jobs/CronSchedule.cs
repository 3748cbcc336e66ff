using System.Diagnostics.CodeAnalysis;
using Cronos;

namespace LeaveBlazor.Web.Jobs;

/// <summary>A recurring job's cron read the way Hangfire reads it: five fields, or six with seconds first, in UTC.</summary>
public sealed class CronSchedule
{
    private readonly CronExpression _expression;

    private CronSchedule(string cron, CronExpression expression)
    {
        Cron = cron;
        _expression = expression;
    }

    public string Cron { get; }

    public static bool TryParse(string cron, [NotNullWhen(true)] out CronSchedule? schedule)
    {
        schedule = null;
        var fields = cron.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6) || !CronExpression.TryParse(cron, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard, out var expression))
        {
            return false;
        }

        schedule = new CronSchedule(cron, expression);
        return true;
    }

    /// <summary>What is wrong with a configured cron, naming the setting; an empty one is left to the setting's own check.</summary>
    public static IEnumerable<string> Problems(string setting, string cron)
    {
        if (!string.IsNullOrWhiteSpace(cron) && !TryParse(cron, out _))
        {
            yield return $"{setting} '{cron}' is not a cron expression: give five fields (minute hour day month weekday, such as \"*/5 * * * *\"), or six with seconds first.";
        }
    }

    /// <summary>The <paramref name="count"/>-th scheduled time after <paramref name="moment"/>, or null if the cron stops firing before.</summary>
    public DateTimeOffset? Occurrence(DateTimeOffset moment, int count)
    {
        DateTimeOffset? next = moment;
        for (var i = 0; i < count && next is not null; i++)
        {
            next = _expression.GetNextOccurrence(next.Value, TimeZoneInfo.Utc);
        }

        return next;
    }
}
