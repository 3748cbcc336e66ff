using System.Globalization;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Components.Leave;

/// <summary>
/// Dates as people type and read them in the configured culture (<c>App:Culture</c>): the culture's short forms, with
/// any of / . - or a space between the parts and a two- or four-digit year (31/12/2027, 31.12.27 in en-GB), and ISO 8601
/// (2027-12-31), which is always understood. Only the pages use it: the API takes ISO dates alone.
/// </summary>
public sealed class TypedDates
{
    private const string Iso = "yyyy-MM-dd";

    private readonly LeaveClock _clock;
    private readonly string[] _forms;

    public TypedDates(IOptions<CultureOptions> options, LeaveClock clock)
    {
        _clock = clock;
        Culture = options.Value.CultureInfo();
        _forms = FormsOf(Culture);
    }

    public CultureInfo Culture { get; }

    public DayOfWeek FirstDayOfWeek => Culture.DateTimeFormat.FirstDayOfWeek;

    /// <summary>The culture's short date pattern as a hint in an empty field, e.g. "dd/mm/yyyy".</summary>
    public string Placeholder => Culture.DateTimeFormat.ShortDatePattern.ToLowerInvariant();

    public string Write(DateOnly day) => day.ToString(Culture.DateTimeFormat.ShortDatePattern, Culture);

    /// <summary>The day the text names, or null when no form of date understood here matches it.</summary>
    public DateOnly? Read(string? text) =>
        DateOnly.TryParseExact(text, _forms, Culture, DateTimeStyles.AllowWhiteSpaces, out var day) ? day : null;

    /// <summary>"Type the date as 31/12/2027 or 2027-12-31.": the last day of this year, which no culture can read as another day.</summary>
    public string HowToType()
    {
        var example = new DateOnly(_clock.Today.Year, 12, 31);
        var iso = example.ToString(Iso, CultureInfo.InvariantCulture);
        var local = Write(example);
        return local == iso ? $"Type the date as {iso}." : $"Type the date as {local} or {iso}.";
    }

    private static string[] FormsOf(CultureInfo culture)
    {
        var format = culture.DateTimeFormat;
        var order = format.ShortDatePattern.Where(c => c is 'd' or 'M' or 'y').Distinct().ToList();
        string[] separators = [.. new[] { format.DateSeparator, "/", ".", "-", " " }.Distinct()];
        var typed =
            from separator in separators
            from year in new[] { "yyyy", "yy" }
            select string.Join(Literal(separator), order.Select(part => part == 'y' ? year : part.ToString()));
        return [Iso, "yyyy-M-d", .. format.GetAllDateTimePatterns('d'), .. typed];
    }

    // In a format string "/" stands for the culture's own separator; each character here is meant as typed.
    private static string Literal(string separator) => string.Concat(separator.Select(c => $"\\{c}"));
}
