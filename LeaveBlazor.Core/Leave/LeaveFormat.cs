using System.Globalization;

namespace LeaveBlazor.Core.Leave;

/// <summary>One way to write dates and times in messages, so the UI, API and emails read the same.</summary>
public static class LeaveFormat
{
    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Range(DateOnly first, DateOnly last) =>
        first == last ? Day(first)
        : first.Year == last.Year && first.Month == last.Month ? $"{first.Day}–{Day(last)}"
        : $"{Day(first)} – {Day(last)}";

    public static string Moment(DateTimeOffset local) =>
        local.ToString("d MMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"12–14 Jan 2027 · 3 working days": a request's days as every list and dialog shows them.</summary>
    public static string DatesAndDays(LeaveRequest request) => $"{request.Dates.Describe()} · {WorkingDays(request.WorkingDays)}";

    public static string WorkingDays(decimal days) =>
        days == 1 ? "1 working day" : $"{days.ToString("0.#", CultureInfo.InvariantCulture)} working days";
}
