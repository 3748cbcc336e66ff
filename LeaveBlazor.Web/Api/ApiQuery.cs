using System.Globalization;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Web.Api;

/// <summary>Query-string values read as the API's callers write them, each wrong one named under its field (Core's name, camelCased by <see cref="ApiProblems"/>).</summary>
internal static class ApiQuery
{
    /// <summary>A whole-number year; null when left out.</summary>
    public static int? Year(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        errors.Add(field, $"{Camel(field)} must be a year written as a whole number, such as 2027.");
        return null;
    }

    /// <summary>A day written yyyy-mm-dd; null when left out (the rules say whether it must be there).</summary>
    public static DateOnly? Day(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, $"{Camel(field)} must be a real date written yyyy-mm-dd, such as 2026-12-01.");
        return null;
    }

    /// <summary>Core's messages for the fields that read well; a field already refused keeps its own message.</summary>
    public static void MergeRules(FieldErrors errors, FieldErrors rules)
    {
        foreach (var (field, messages) in rules.ToDictionary().Where(e => !errors.Has(e.Key)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }
    }

    private static string Camel(string field) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field);
}
