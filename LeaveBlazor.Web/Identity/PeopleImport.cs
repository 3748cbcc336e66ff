using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Identity;

/// <summary>What an import did: the people it added, or why it added nobody ("Row 7: …").</summary>
public sealed record PeopleImportOutcome(IReadOnlyList<string> ImportedEmails, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Adds the people of a CSV file (<see cref="PeopleCsv"/>), with their own allowances, in one transaction: all of
/// them, or nobody when any row is bad. They get an account without a password, and set one through a reset link. Each person and the import are audited.
/// </summary>
public sealed class PeopleImport(UserAccounts accounts, TimeProvider time)
{
    /// <summary>The largest file the Users page takes (a line per person: some thousands of people).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    public async Task<PeopleImportOutcome> ImportAsync(TextReader csv, string fileName, Actor admin, CancellationToken cancellationToken = default)
    {
        var file = PeopleCsv.Read(csv, accounts.DefaultTerms.Country!, UserAccounts.IsPlainEmailAddress);
        if (file.Problems.Count > 0)
        {
            return new PeopleImportOutcome([], file.Problems);
        }

        IReadOnlyList<string> problems = [];
        await accounts.InOneTransactionAsync(async (users, leaveDb) =>
        {
            var check = await PeopleImportChecks.CheckAsync(leaveDb, file.People, cancellationToken);
            problems = check.Problems;
            if (problems.Count > 0)
            {
                return;
            }

            var added = new Dictionary<string, (Employee Person, AppUser Account, bool OwnAllowances)>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in file.People)
            {
                var account = new AppUser { Id = Guid.NewGuid().ToString(), UserName = row.Email, Email = row.Email, EmailConfirmed = true };
                UserAccounts.Succeeded(await users.CreateAsync(account));
                var person = new Employee(account.Id, row.Email, row.DisplayName);
                person.SetWorkingTerms(row.Terms);
                person.Team = row.Team;
                leaveDb.Employees.Add(person);
                var allowances = check.AllowancesByRow.GetValueOrDefault(row.Row) ?? [];
                if (allowances.Count > 0)
                {
                    await PersonalAllowances.SetAsync(leaveDb, person.Id, allowances, cancellationToken);
                }

                added[row.Email] = (person, account, allowances.Count > 0);
            }

            await leaveDb.SaveChangesAsync(cancellationToken);
            var managers = new Dictionary<string, Employee>();
            foreach (var row in file.People.Where(r => r.ManagerEmail is not null))
            {
                var manager = added.TryGetValue(row.ManagerEmail!, out var inFile) ? inFile.Person
                    : await leaveDb.Employees.SingleAsync(e => e.Email == row.ManagerEmail!, cancellationToken);
                added[row.Email].Person.ReportTo(manager);
                managers[manager.Id] = manager;
            }

            await leaveDb.SaveChangesAsync(cancellationToken);
            foreach (var (person, account, ownAllowances) in added.Values)
            {
                await UserAccounts.MirrorRolesAsync(users, account, person);
                var allowances = ownAllowances ? await PersonalAllowances.DescribeAsync(leaveDb, person.Id, cancellationToken) : PersonalAllowances.TypesOwn;
                AccountAudit.Created(leaveDb, time.GetUtcNow(), admin, person, allowances, $"imported from {fileName}");
            }

            foreach (var manager in managers.Values.Where(m => !added.ContainsKey(m.Email)))
            {
                if (await users.FindByIdAsync(manager.Id) is { } account)
                {
                    await UserAccounts.MirrorRolesAsync(users, account, manager);
                }
            }

            AuditEntry.Record(leaveDb, time.GetUtcNow(), admin, AuditAction.PeopleImported, fileName, $"{added.Count} people: {string.Join(", ", added.Keys)}");
            await leaveDb.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        return problems.Count > 0 ? new PeopleImportOutcome([], problems) : new PeopleImportOutcome([.. file.People.Select(p => p.Email)], []);
    }
}
