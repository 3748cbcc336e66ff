using System.Globalization;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.People;

/// <summary>
/// The rules for a person's own allowances, however they are given (the admin's dialog, the CSV import): only for a
/// type that counts against an allowance, once per type, whole or half days from 0 to 366 (as a type's own allowance).
/// </summary>
public static class PersonalAllowanceRules
{
    /// <summary>Where a problem with the allowances as a whole goes (a type given twice, one that is gone, the CSV cell).</summary>
    public const string Field = "Allowances";

    /// <summary>Where a problem with one type's allowance goes: beside that type's field in the dialog.</summary>
    public static string FieldOf(int leavePolicyId) => $"{Field}.{leavePolicyId}";

    /// <summary>Checks allowances given by type (the dialog) against the types there are.</summary>
    public static FieldErrors Check(IReadOnlyCollection<PersonalAllowanceDraft> allowances, IReadOnlyCollection<LeavePolicy> policies)
    {
        var errors = new FieldErrors();
        foreach (var type in allowances.GroupBy(a => a.LeavePolicyId))
        {
            if (policies.FirstOrDefault(p => p.Id == type.Key) is not { } policy)
            {
                errors.Add(Field, "A leave type given an allowance is no longer there: reload the page.");
            }
            else if (type.Count() > 1)
            {
                errors.Add(Field, Twice(policy.Name));
            }
            else if (CheckType(policy, FieldOf(policy.Id), errors))
            {
                CheckDays(policy.Name, type.Single().YearlyAllowanceDays, FieldOf(policy.Id), errors);
            }
        }

        return errors;
    }

    /// <summary>
    /// Reads an import file's allowances ("Annual=28;Study=5", spaces allowed, an empty cell for none): each type's name
    /// and days, checked for form and range. Whether the names are types that count is for <see cref="Resolve"/>.
    /// </summary>
    public static IReadOnlyList<(string Type, decimal Days)> Parse(string? text, FieldErrors errors)
    {
        var allowances = new List<(string Type, decimal Days)>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var type = equals < 0 ? "" : part[..equals].Trim();
            var value = equals < 0 ? "" : part[(equals + 1)..].Trim();
            if (type.Length == 0 || value.Length == 0)
            {
                errors.Add(Field, $"'{Shortened(part)}' in the allowances is not a leave type and its days: write them as Annual=28;Study=5.");
            }
            else if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var days))
            {
                errors.Add(Field, $"The {Shortened(type)} allowance '{Shortened(value)}' is not a number of days: write whole or half days, such as 28 or 12.5.");
            }
            else if (allowances.Any(a => LeavePolicyRules.SameName(a.Type, type)))
            {
                errors.Add(Field, Twice(Shortened(type)));
            }
            else if (CheckDays(Shortened(type), days, Field, errors))
            {
                allowances.Add((type, days));
            }
        }

        return allowances;
    }

    /// <summary>The types that allowances read by <see cref="Parse"/> name, among <paramref name="policies"/>; a problem for each name that is no such type, or one that counts against nothing.</summary>
    public static IReadOnlyList<PersonalAllowanceDraft> Resolve(IReadOnlyList<(string Type, decimal Days)> allowances, IReadOnlyCollection<LeavePolicy> policies, FieldErrors errors)
    {
        var drafts = new List<PersonalAllowanceDraft>();
        foreach (var (type, days) in allowances)
        {
            if (policies.Named(type) is not { } policy)
            {
                var counted = policies.Where(p => p.IsActive && p.CountsAgainstAllowance).Select(p => p.Name).ToList();
                errors.Add(Field, counted.Count == 0
                    ? $"There is no leave type called {Shortened(type)}, and no type counts against an allowance: leave the allowances empty."
                    : $"There is no leave type called {Shortened(type)}: use {string.Join(", ", counted)}.");
            }
            else if (CheckType(policy, Field, errors))
            {
                drafts.Add(new PersonalAllowanceDraft(policy.Id, days));
            }
        }

        return drafts;
    }

    private static bool CheckType(LeavePolicy policy, string field, FieldErrors errors)
    {
        if (!policy.CountsAgainstAllowance)
        {
            errors.Add(field, $"{policy.Name} does not count against an allowance, so it has no yearly allowance to set.");
            return false;
        }

        return true;
    }

    private static bool CheckDays(string type, decimal days, string field, FieldErrors errors) =>
        LeavePolicyRules.CheckDays(days, field, $"{type} allowance", errors);

    private static string Twice(string type) => $"{type} is given two allowances: give each leave type one.";

    private static string Shortened(string value) => value.Length <= 30 ? value : value[..30] + "…";
}
