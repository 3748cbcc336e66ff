using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;

namespace LeaveBlazor.Tests.Support;

/// <summary>A person seeded into every <see cref="LeaveTestDatabase"/>, with the ways tests refer to them.</summary>
public sealed record TestPerson(string Id, string Email, string DisplayName, string? ManagerId = null, bool IsActive = true, bool CanApprove = false)
{
    public Actor Actor => new(Id, DisplayName);

    public Viewer Viewer => new(Id, IsAdmin: false);

    public Viewer AsAdmin => new(Id, IsAdmin: true);

    public Employee ToEmployee() => new(Id, Email, DisplayName, ManagerId) { IsActive = IsActive, CanApprove = CanApprove };
}

/// <summary>
/// The directory every test database starts with: Alex and Sam report to Dana, who approves; Sam approves too (the
/// other approver Alex can choose); Ivy has left (inactive).
/// </summary>
public static class TestPeople
{
    public static readonly TestPerson Dana = new("dana", "dana.manager@example.test", "Dana Manager", CanApprove: true);

    public static readonly TestPerson Alex = new("alex", "alex.employee@example.test", "Alex Employee", ManagerId: Dana.Id);

    public static readonly TestPerson Sam = new("sam", "sam.other@example.test", "Sam Other", ManagerId: Dana.Id, CanApprove: true);

    public static readonly TestPerson Ivy = new("ivy", "ivy.inactive@example.test", "Ivy Inactive", ManagerId: Dana.Id, IsActive: false);

    public static IReadOnlyList<TestPerson> Everyone { get; } = [Dana, Alex, Sam, Ivy];

    public static TestPerson Named(string id) => Everyone.Single(p => p.Id == id);
}
