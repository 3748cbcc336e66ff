using System.Globalization;
using CsvHelper;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.People;

/// <summary>One person from an import file, as read and checked on its own; <see cref="Row"/> is the file's line number (the header is 1).</summary>
/// <param name="Allowances">Their own allowances by the type's name as written; whether each is a type that counts is checked by <see cref="PeopleImportChecks"/>.</param>
/// <param name="Team">Their team or department, trimmed; null when the file gives none.</param>
public sealed record ImportedPerson(
    int Row, string Email, string DisplayName, string? ManagerEmail, WorkingTerms Terms, IReadOnlyList<(string Type, decimal Days)> Allowances, string? Team = null);

/// <summary>The people an import file holds, and what is wrong with it, row by row ("Row 7: …"); import nothing while there is any.</summary>
public sealed record PeopleFile(IReadOnlyList<ImportedPerson> People, IReadOnlyList<string> Problems);

/// <summary>
/// Reads people from CSV (comma or semicolon, a header row, UTF-8): email, name, manager_email, country, region,
/// start_date (yyyy-MM-dd), allowances (each type's own yearly days, "Annual=28;Study=5", quoted where the file's
/// separator is a semicolon), team (a team or department, for the calendar). Only email and name must be there; an empty country is the default one, empty
/// allowances the types'. Each row is checked with the same rules as the admin's dialog; what needs the directory or
/// the leave types is checked by <see cref="PeopleImportChecks"/>.
/// </summary>
public static class PeopleCsv
{
    public const int MaxRows = 5000;

    public static IReadOnlyList<string> Columns { get; } = ["email", "name", "manager_email", "country", "region", "start_date", "allowances", "team"];

    // The header as people write it ("Manager's email", "Start date") to the column it means.
    private static readonly Dictionary<string, string> ColumnNames = new()
    {
        ["email"] = "email",
        ["name"] = "name",
        ["displayname"] = "name",
        ["manageremail"] = "manager_email",
        ["managersemail"] = "manager_email",
        ["manager"] = "manager_email",
        ["country"] = "country",
        ["region"] = "region",
        ["state"] = "region",
        ["startdate"] = "start_date",
        ["start"] = "start_date",
        ["employmentstart"] = "start_date",
        ["allowances"] = "allowances",
        ["team"] = "team",
        ["department"] = "team",
        ["teamordepartment"] = "team",
    };

    /// <param name="isEmailAddress">Whether text is an address mail can go to: the host's rule, the same as the dialog's.</param>
    public static PeopleFile Read(TextReader text, string defaultCountry, Func<string, bool> isEmailAddress)
    {
        var problems = new List<string>();
        var people = new List<ImportedPerson>();
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            DetectSeparatorHint = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = bad => problems.Add(
                $"Row {bad.LineNumber}: a quote is out of place; put a field that holds quotes or commas in double quotes, and double the quotes inside."),
        };

        try
        {
            using var csv = CsvReader.Create(text, options, leaveOpen: true);
            Dictionary<string, int>? columns = null;
            while (csv.Read())
            {
                columns ??= ColumnsOf(csv.Headers, problems);
                if (columns is null)
                {
                    return new PeopleFile([], problems);
                }

                if (people.Count + problems.Count >= MaxRows)
                {
                    return new PeopleFile([], [$"The file has more than {MaxRows} rows: import the people in several files."]);
                }

                string? Field(string column) => columns.TryGetValue(column, out var index) && index < csv.FieldCount ? csv.GetString(index) : null;
                if (ReadRow((int)csv.LineNumber, Field, defaultCountry, isEmailAddress, problems) is { } person)
                {
                    people.Add(person);
                }
            }

            if (columns is null)
            {
                problems.AddRange(csv.Headers.Count == 0
                    ? [$"The file is empty: it needs a header row ({string.Join(", ", Columns)}) and a row per person."]
                    : ColumnsOf(csv.Headers, problems) is null ? [] : ["The file has a header but nobody in it: add a row per person."]);
            }
        }
        catch (CsvFormatException unreadable)
        {
            problems.Add($"Row {unreadable.LineNumber}: the file cannot be read as CSV from here on. Save it from your spreadsheet as CSV (UTF-8) and try again.");
        }

        CheckEmailsOnce(people, problems);
        return new PeopleFile(people, problems);
    }

    private static Dictionary<string, int>? ColumnsOf(IReadOnlyList<string> header, List<string> problems)
    {
        var columns = new Dictionary<string, int>();
        for (var index = 0; index < header.Count; index++)
        {
            var name = new string(header[index].Where(char.IsLetter).ToArray()).ToLowerInvariant();
            if (!ColumnNames.TryGetValue(name, out var column))
            {
                problems.Add($"Column '{Shortened(header[index])}' is not one that can be imported: use {string.Join(", ", Columns)}.");
            }
            else if (!columns.TryAdd(column, index))
            {
                problems.Add($"The column {column} is there twice: keep one.");
            }
        }

        foreach (var required in new[] { "email", "name" }.Where(c => !columns.ContainsKey(c)))
        {
            problems.Add($"The header has no {required} column: the first row must name the columns ({string.Join(", ", Columns)}).");
        }

        return problems.Count == 0 ? columns : null;
    }

    private static ImportedPerson? ReadRow(int row, Func<string, string?> field, string defaultCountry, Func<string, bool> isEmailAddress, List<string> problems)
    {
        var errors = new FieldErrors();
        var email = field("email")?.Trim() ?? "";
        PersonRules.CheckEmailText(email, errors);
        if (!errors.Any && !isEmailAddress(email))
        {
            errors.Add(PersonRules.EmailField, email.Length == 0 ? "Enter the person's email address." : $"'{Shortened(email)}' is not a valid email address.");
        }

        var name = field("name");
        PersonRules.CheckDisplayName(name, errors);

        var managerEmail = field("manager_email") is { Length: > 0 } manager ? manager : null;
        PlainText.Check(managerEmail, "ManagerEmail", "manager's email", errors);
        if (managerEmail is not null && managerEmail.Equals(email, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("ManagerEmail", "A person cannot be their own manager.");
        }

        var start = (DateOnly?)null;
        if (field("start_date") is { Length: > 0 } startText)
        {
            if (DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                start = parsed;
            }
            else
            {
                errors.Add(PersonRules.EmploymentStartField, $"The start date '{Shortened(startText)}' is not a date written as year-month-day, such as 2027-03-01.");
            }
        }

        var terms = new WorkingTerms(field("country") is { Length: > 0 } country ? country : defaultCountry, field("region"), WorkingPattern.MondayToFriday, start).Normalised();
        PersonRules.CheckWorkingTerms(terms, errors);
        var allowances = PersonalAllowanceRules.Parse(field("allowances"), errors);
        var team = field("team");
        PersonRules.CheckTeam(team, errors);

        problems.AddRange(errors.ToDictionary().SelectMany(e => e.Value).Select(message => $"Row {row}: {message}"));
        return errors.Any ? null : new ImportedPerson(row, email, name!.Trim(), managerEmail, terms, allowances, PersonRules.Team(team));
    }

    private static void CheckEmailsOnce(List<ImportedPerson> people, List<string> problems)
    {
        foreach (var twice in people.GroupBy(p => p.Email, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = twice.First();
            problems.AddRange(twice.Skip(1).Select(p => $"Row {p.Row}: {p.Email} is already on row {first.Row}: an address can have one account."));
        }
    }

    internal static string Shortened(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
