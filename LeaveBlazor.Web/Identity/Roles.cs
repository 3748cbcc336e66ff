namespace LeaveBlazor.Web.Identity;

public static class Roles
{
    public const string Employee = nameof(Employee);
    public const string Approver = nameof(Approver);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Employee, Approver, Admin];
}
