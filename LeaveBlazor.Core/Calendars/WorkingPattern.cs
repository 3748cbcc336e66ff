namespace LeaveBlazor.Core.Calendars;

/// <summary>The weekdays a person works: Monday to Friday for most, Monday to Wednesday for a part-timer.</summary>
public readonly record struct WorkingPattern
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    // One bit per DayOfWeek (Sunday = bit 0), so the struct's default is "no day".
    private readonly int _days;

    private WorkingPattern(int days) => _days = days;

    // Every person read from the database is parsed, so the names are looked up, not built for each day.
    private static readonly Dictionary<string, DayOfWeek> DaysByName = Week
        .SelectMany(day => new[] { (Name: day.ToString(), Day: day), (Name: Short(day), Day: day) })
        .ToDictionary(d => d.Name, d => d.Day, StringComparer.OrdinalIgnoreCase);

    public static WorkingPattern MondayToFriday { get; } = Of(Week[..5]);

    public static WorkingPattern Of(IEnumerable<DayOfWeek> days) => new(days.Aggregate(0, (bits, day) => bits | (1 << (int)day)));

    public bool IsEmpty => _days == 0;

    public bool Includes(DayOfWeek day) => (_days & (1 << (int)day)) != 0;

    /// <summary>The days worked, Monday first.</summary>
    public IReadOnlyList<DayOfWeek> Days => [.. Week.Where(Includes)];

    /// <summary>How it is stored and imported: "Mon,Tue,Wed".</summary>
    public override string ToString() => string.Join(",", Days.Select(Short));

    /// <summary>As people read it: "Mon–Fri", "Mon, Wed, Fri", "no day".</summary>
    public string Describe()
    {
        var days = Days;
        if (days.Count == 0)
        {
            return "no day";
        }

        var first = Array.IndexOf(Week, days[0]);
        var consecutive = days.Select((day, index) => Array.IndexOf(Week, day) == first + index).All(same => same);
        return consecutive && days.Count >= 3 ? $"{Short(days[0])}–{Short(days[^1])}" : string.Join(", ", days.Select(Short));
    }

    /// <summary>Reads <see cref="ToString"/>'s form (any case, commas or spaces); null when a part is not a day.</summary>
    public static WorkingPattern? Parse(string? text)
    {
        var days = 0;
        foreach (var part in (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DaysByName.TryGetValue(part, out var day))
            {
                return null;
            }

            days |= 1 << (int)day;
        }

        return new WorkingPattern(days);
    }

    public static string Short(DayOfWeek day) => day.ToString()[..3];
}
