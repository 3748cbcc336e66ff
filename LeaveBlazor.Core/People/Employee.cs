namespace LeaveBlazor.Core.People;

/// <summary>A person in the company directory: who they are and who approves their leave by default.</summary>
public sealed class Employee
{
    private Employee()
    {
    }

    public Employee(string id, string email, string displayName, string? managerId = null)
    {
        Id = id;
        Email = email;
        DisplayName = displayName;
        ManagerId = managerId;
    }

    /// <summary>The same id as the person's sign-in account.</summary>
    public string Id { get; private set; } = "";

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? ManagerId { get; set; }

    public Employee? Manager { get; private set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Mirrors the sign-in account's Admin role, so escalations can reach admins without Core knowing about roles.</summary>
    public bool IsAdmin { get; set; }
}
