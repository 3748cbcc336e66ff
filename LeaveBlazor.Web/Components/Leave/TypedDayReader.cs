using MudBlazor;

namespace LeaveBlazor.Web.Components.Leave;

/// <summary>
/// A date picker's converter: writes days as <see cref="TypedDates"/> does and reads typed text with it, reporting each
/// text it reads. The picker reads only what the person typed (a picked day goes the other way), and reads it before it
/// takes the day, so a page that renders on the report still gives the picker the day it holds. Text that is no date
/// reads as no date: the form says how to type one.
/// </summary>
internal sealed class TypedDayReader(TypedDates dates, Action<string?> typed) : IReversibleConverter<DateTime?, string?>
{
    public string? Convert(DateTime? input) => input is { } date ? dates.Write(DateOnly.FromDateTime(date)) : null;

    public DateTime? ConvertBack(string? input)
    {
        typed(input);
        return dates.Read(input)?.ToDateTime(TimeOnly.MinValue);
    }
}
