namespace LeaveBlazor.Web.Identity;

public static class Roles
{
    public const string Employee = nameof(Employee);
    public const string Approver = nameof(Approver);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Employee, Approver, Admin];

    /// <summary>The roles an account holds: a mirror of its directory entry, which Core decides by.</summary>
    public static IReadOnlyList<string> Of(Core.People.Employee person) =>
        All.Where(role => role == Employee || (role == Approver && person.CanApprove) || (role == Admin && person.IsAdmin)).ToList();
}
