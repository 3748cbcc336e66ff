using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;

namespace LeaveBlazor.Web.Identity;

/// <summary>The audit lines an admin's change to a person leaves, in words; saved with the change by its caller.</summary>
/// <param name="Allowances">The person's own allowances as <see cref="PersonalAllowances.DescribeAsync"/> says them.</param>
internal sealed record AccountAudit(string Name, string? ManagerName, IReadOnlyList<string> Roles, string Terms, string Allowances, string? Team)
{
    public static AccountAudit Of(Employee person, string allowances) =>
        new(person.DisplayName, person.Manager?.DisplayName, Identity.Roles.Of(person), person.WorkingTerms.Describe(), allowances, person.Team);

    /// <param name="how">How the person came, when not through the dialog ("imported from people.csv").</param>
    public static void Created(LeaveDbContext db, DateTimeOffset at, Actor by, Employee person, string allowances, string? how = null)
    {
        var now = Of(person, allowances);
        var own = allowances == PersonalAllowances.TypesOwn ? "" : $"; allowances: {allowances}";
        var team = now.Team is null ? "" : $"; team: {now.Team}";
        AuditEntry.Record(db, at, by, AuditAction.AccountCreated, SubjectOf(person),
            $"{(how is null ? "" : how + "; ")}name: {now.Name}; manager: {now.ManagerName ?? "none"}; roles: {string.Join(", ", now.Roles)}; calendar: {now.Terms}{team}{own}");
    }

    /// <summary>One line for the name and manager, another for the roles (a promotion is easy to filter for); none when nothing changed.</summary>
    public void Changed(LeaveDbContext db, DateTimeOffset at, Actor by, Employee person, string allowances)
    {
        var now = Of(person, allowances);
        var changes = new List<string>();
        if (now.Name != Name)
        {
            changes.Add($"name: {Name} → {now.Name}");
        }

        if (now.ManagerName != ManagerName)
        {
            changes.Add($"manager: {ManagerName ?? "none"} → {now.ManagerName ?? "none"}");
        }

        if (now.Team != Team)
        {
            changes.Add($"team: {Team ?? "none"} → {now.Team ?? "none"}");
        }

        if (now.Terms != Terms)
        {
            changes.Add($"calendar: {Terms} → {now.Terms}");
        }

        if (now.Allowances != Allowances)
        {
            changes.Add($"allowances: {Allowances} → {now.Allowances}");
        }

        if (changes.Count > 0)
        {
            AuditEntry.Record(db, at, by, AuditAction.AccountChanged, SubjectOf(person), string.Join("; ", changes));
        }

        if (!now.Roles.SequenceEqual(Roles))
        {
            AuditEntry.Record(db, at, by, AuditAction.RolesChanged, SubjectOf(person), $"roles: {string.Join(", ", Roles)} → {string.Join(", ", now.Roles)}");
        }
    }

    public static void ActiveChanged(LeaveDbContext db, DateTimeOffset at, Actor by, Employee person, Employee? successor) =>
        AuditEntry.Record(db, at, by, person.IsActive ? AuditAction.AccountReactivated : AuditAction.AccountDeactivated, SubjectOf(person),
            person.IsActive || successor is null ? "" : $"waiting requests and reports handed over to {successor.DisplayName}");

    public static void TwoFactorTurnedOff(LeaveDbContext db, DateTimeOffset at, Actor by, Employee person) =>
        AuditEntry.Record(db, at, by, AuditAction.TwoFactorTurnedOff, SubjectOf(person), "they sign in with their password alone until they set it up again");

    private static string SubjectOf(Employee person) => $"{person.DisplayName} ({person.Email})";
}
