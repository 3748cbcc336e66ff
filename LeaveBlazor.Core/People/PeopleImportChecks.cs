using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.People;

/// <summary>What an import file came to against the directory: a line per problem, and each person's own allowances by type.</summary>
public sealed record PeopleImportCheck(IReadOnlyList<string> Problems, IReadOnlyDictionary<int, IReadOnlyList<PersonalAllowanceDraft>> AllowancesByRow);

/// <summary>
/// What an import file must meet against the directory and the leave types, checked inside the import's transaction:
/// nobody in it has an account yet; each manager is an active person already here or someone the file adds (above or
/// below), with no circle of managers among them; each allowance is for a type that counts against one.
/// </summary>
public static class PeopleImportChecks
{
    public static async Task<PeopleImportCheck> CheckAsync(LeaveDbContext db, IReadOnlyList<ImportedPerson> people, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var directory = (await db.Employees.AsNoTracking().Select(e => new { e.Email, e.IsActive, e.DisplayName }).ToListAsync(cancellationToken))
            .ToDictionary(e => e.Email, StringComparer.OrdinalIgnoreCase);
        var inFile = people.ToDictionary(p => p.Email, StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            if (directory.ContainsKey(person.Email))
            {
                problems.Add($"Row {person.Row}: {person.Email} already has an account.");
            }

            if (person.ManagerEmail is not { } manager || inFile.ContainsKey(manager))
            {
                continue;
            }

            if (!directory.TryGetValue(manager, out var known))
            {
                problems.Add($"Row {person.Row}: the manager {PeopleCsv.Shortened(manager)} is neither in the directory nor in this file.");
            }
            else if (!known.IsActive)
            {
                problems.Add($"Row {person.Row}: the manager {known.DisplayName} ({known.Email}) is deactivated: choose an active manager.");
            }
        }

        problems.AddRange(Circles(people, inFile));
        var allowances = await AllowancesAsync(db, people, problems, cancellationToken);
        return new PeopleImportCheck(problems, allowances);
    }

    private static async Task<Dictionary<int, IReadOnlyList<PersonalAllowanceDraft>>> AllowancesAsync(LeaveDbContext db, IReadOnlyList<ImportedPerson> people,
        List<string> problems, CancellationToken cancellationToken)
    {
        var byRow = new Dictionary<int, IReadOnlyList<PersonalAllowanceDraft>>();
        if (people.All(p => p.Allowances.Count == 0))
        {
            return byRow;
        }

        var policies = await db.LeavePolicies.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            var errors = new FieldErrors();
            byRow[person.Row] = PersonalAllowanceRules.Resolve(person.Allowances, policies, errors);
            problems.AddRange(errors.ToDictionary().SelectMany(e => e.Value).Select(message => $"Row {person.Row}: {message}"));
        }

        return byRow;
    }

    private static IEnumerable<string> Circles(IReadOnlyList<ImportedPerson> people, Dictionary<string, ImportedPerson> inFile)
    {
        var reported = new HashSet<int>();
        foreach (var person in people)
        {
            var chain = new List<ImportedPerson>();
            for (var above = person; above is not null && !chain.Contains(above); above = above.ManagerEmail is { } next ? inFile.GetValueOrDefault(next) : null)
            {
                chain.Add(above);
            }

            var last = chain[^1];
            var loopsBackTo = last.ManagerEmail is { } manager ? inFile.GetValueOrDefault(manager) : null;
            if (loopsBackTo == person && reported.Add(chain.Min(p => p.Row)))
            {
                yield return $"Row {person.Row}: the managers of rows {string.Join(", ", chain.Select(p => p.Row).Order())} go round in a circle: someone in it needs a manager outside it, or none.";
            }
        }
    }
}
