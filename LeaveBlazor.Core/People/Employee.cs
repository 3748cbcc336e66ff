using LeaveBlazor.Core.Calendars;

namespace LeaveBlazor.Core.People;

/// <summary>A person in the company directory: who they are, who approves their leave by default, and whether they approve.</summary>
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

    /// <summary>The team or department the person belongs to, as the company names it (the calendar filters by it); null when none is kept.</summary>
    public string? Team { get; set; }

    /// <summary>May be chosen to approve other people's leave (and has an inbox). Every manager does (<see cref="ReportTo"/>).</summary>
    public bool CanApprove { get; set; }

    /// <summary>Mirrors the sign-in account's Admin role, so escalations can reach admins without Core knowing about roles.</summary>
    public bool IsAdmin { get; set; }

    /// <summary>
    /// The ISO 3166 code of the country whose public holidays the person has. Empty only for people from before
    /// countries were kept, until the start-up gives them <c>Leave:DefaultCountry</c>; until then they have that one's.
    /// </summary>
    public string Country { get; private set; } = "";

    /// <summary>The region (state, Land, province) within <see cref="Country"/>, where its holidays differ; null for the national ones.</summary>
    public string? Region { get; private set; }

    public WorkingPattern WorkingPattern { get; private set; } = WorkingPattern.MondayToFriday;

    public DateOnly? EmploymentStart { get; private set; }

    public DateOnly? EmploymentEnd { get; private set; }

    public WorkingTerms WorkingTerms => new(Country, Region, WorkingPattern, EmploymentStart, EmploymentEnd);

    /// <summary>Takes terms that <see cref="PersonRules.CheckWorkingTerms"/> accepted.</summary>
    public void SetWorkingTerms(WorkingTerms checkedTerms)
    {
        var terms = checkedTerms.Normalised();
        Country = terms.Country!;
        Region = terms.Region;
        WorkingPattern = terms.WorkingPattern;
        EmploymentStart = terms.EmploymentStart;
        EmploymentEnd = terms.EmploymentEnd;
    }

    /// <summary>Makes <paramref name="manager"/> this person's manager (or none): their default approver, so one who approves.</summary>
    public void ReportTo(Employee? manager)
    {
        ManagerId = manager?.Id;
        if (manager is not null)
        {
            manager.CanApprove = true;
        }
    }

    /// <summary>The one rule of who may decide whose leave: an active person other than the requester who approves.</summary>
    public bool MayApproveLeaveOf(Employee requester) => IsActive && Id != requester.Id && CanApprove;
}
