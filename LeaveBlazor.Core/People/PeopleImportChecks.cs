using LeaveBlazor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.People;

/// <summary>
/// What an import file must meet against the directory, checked inside the import's transaction: nobody in it has an
/// account yet, and each manager is an active person already here or someone the file adds (above or below), with no
/// circle of managers among them.
/// </summary>
public static class PeopleImportChecks
{
    public static async Task<List<string>> CheckAsync(LeaveDbContext db, IReadOnlyList<ImportedPerson> people, CancellationToken cancellationToken = default)
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
        return problems;
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
