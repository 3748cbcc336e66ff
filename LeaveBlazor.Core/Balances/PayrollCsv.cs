using System.Globalization;
using CsvHelper;

namespace LeaveBlazor.Core.Balances;

/// <summary>
/// The CSV files payroll opens in a spreadsheet: UTF-8 with a byte order mark (so Excel reads accents right), a header
/// row, dates yyyy-MM-dd, numbers with a point, and text that a spreadsheet would run as a formula neutralised.
/// </summary>
public static class PayrollCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>
    /// Text as a cell that a spreadsheet shows and never runs: one starting with =, +, -, @, a tab or a carriage return
    /// (OWASP's list for CSV injection) gets a single quote in front. Numbers are written as numbers, never through this.
    /// </summary>
    public static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>The file's bytes: the header, then a row per item; each cell is text, a number of days, a year or a date.</summary>
    public static byte[] Write<T>(IReadOnlyList<string> header, IEnumerable<T> rows, Func<T, object[]> cells)
    {
        using var file = new MemoryStream();
        using (var csv = CsvWriter.Create(file, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            foreach (var row in rows)
            {
                foreach (var cell in cells(row))
                {
                    Write(csv, cell);
                }

                csv.EndRecord();
            }
        }

        return file.ToArray();
    }

    private static void Write(CsvWriter csv, object cell)
    {
        switch (cell)
        {
            case string text:
                csv.WriteField(Neutralised(text));
                break;
            case decimal days:
                csv.WriteField(days, "0.##");
                break;
            case int whole:
                csv.WriteField(whole, "");
                break;
            case DateOnly day:
                csv.WriteField(day, "yyyy-MM-dd");
                break;
            default:
                throw new ArgumentException($"A payroll cell is text, days, a year or a date, not {cell.GetType().Name}.", nameof(cell));
        }
    }
}
