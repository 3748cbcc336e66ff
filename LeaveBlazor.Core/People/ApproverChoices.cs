namespace LeaveBlazor.Core.People;

/// <summary>The people who may approve one person's leave, and the one proposed when they do not choose.</summary>
public sealed record ApproverChoices(IReadOnlyList<Employee> People, Employee? Default)
{
    public static ApproverChoices For(Employee requester, IEnumerable<Employee> directory)
    {
        var people = directory.Where(e => e.MayApproveLeaveOf(requester)).OrderBy(e => e.DisplayName).ToList();
        return new ApproverChoices(people, DefaultAmong(requester, people));
    }

    /// <summary>The default approver: the requester's manager, when they may approve; nobody otherwise (the requester must choose).</summary>
    public static Employee? DefaultAmong(Employee requester, IEnumerable<Employee> candidates) =>
        candidates.FirstOrDefault(e => e.Id == requester.ManagerId && e.MayApproveLeaveOf(requester));

    public Employee? WithEmail(string email) =>
        People.FirstOrDefault(e => e.Email.Equals(email.Trim(), StringComparison.OrdinalIgnoreCase));
}
