namespace LeaveBlazor.Core.People;

/// <summary>
/// A person's own yearly allowance of one counted leave type, in place of the type's (at most one per person and type).
/// Read only through <see cref="YearlyAllowances"/>, so it counts wherever an allowance does.
/// </summary>
public sealed class PersonalAllowance
{
    private PersonalAllowance()
    {
    }

    internal PersonalAllowance(string employeeId, int leavePolicyId, decimal yearlyAllowanceDays)
    {
        EmployeeId = employeeId;
        LeavePolicyId = leavePolicyId;
        YearlyAllowanceDays = yearlyAllowanceDays;
    }

    public string EmployeeId { get; private set; } = "";

    public int LeavePolicyId { get; private set; }

    public decimal YearlyAllowanceDays { get; private set; }

    /// <summary>Takes days that <see cref="PersonalAllowanceRules"/> accepted.</summary>
    internal void Change(decimal yearlyAllowanceDays) => YearlyAllowanceDays = yearlyAllowanceDays;
}

/// <summary>One of a person's own allowances as an admin gives it: the leave type, and the days a year in place of the type's.</summary>
public sealed record PersonalAllowanceDraft(int LeavePolicyId, decimal YearlyAllowanceDays);
