using System.Globalization;

namespace LeaveBlazor.Bench;

/// <summary>One line of the results: a figure, the raw limit measured beside it in the same run, and the target.</summary>
public sealed record Figure(string Measure, string Value, string Limit = "", string Ratio = "", string Target = "", bool? Met = null);

/// <summary>The results table, printed as Markdown so the README can take it as it is.</summary>
public sealed class Report
{
    private readonly List<Figure> _figures = [];

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Console.WriteLine($"  {figure.Measure}: {figure.Value}{(figure.Limit.Length > 0 ? $" | raw {figure.Limit}" : "")}{(figure.Ratio.Length > 0 ? $" | ratio {figure.Ratio}" : "")}");
    }

    public static string Number(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);

    public void Print(string header)
    {
        Console.WriteLine();
        Console.WriteLine(header);
        Console.WriteLine();
        Console.WriteLine("| Measure | LeaveBlazor | Raw limit (same run) | Ratio | Target | Met |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var f in _figures)
        {
            var met = f.Met switch { true => "yes", false => "**no**", null => "" };
            Console.WriteLine($"| {f.Measure} | {f.Value} | {f.Limit} | {f.Ratio} | {f.Target} | {met} |");
        }
    }
}
